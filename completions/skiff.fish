# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_skiff_global_optspecs
    string join \n root= runroot= network-config-dir= log-level= storage-driver= storage-opt= volumepath= tmpdir= noout runtime= runtime-flag= events-backend= cgroup-manager= network-cmd-path= default-mounts-file= r/remote url= c/connection= identity= v/version h/help
end

function __fish_skiff_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_skiff_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_skiff_using_subcommand
    set -l cmd (__fish_skiff_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c skiff -n "__fish_skiff_needs_command" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_needs_command" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_needs_command" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_needs_command" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_needs_command" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_needs_command" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_needs_command" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_needs_command" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_needs_command" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_needs_command" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_needs_command" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_needs_command" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_needs_command" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_needs_command" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_needs_command" -l url -d 'URL of a remote service (not supported, see --remote)' -r
complete -c skiff -n "__fish_skiff_needs_command" -s c -l connection -d 'Connection to a remote service (not supported, see --remote)' -r
complete -c skiff -n "__fish_skiff_needs_command" -l identity -d 'SSH identity for a remote service (not supported, see --remote)' -r
complete -c skiff -n "__fish_skiff_needs_command" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_needs_command" -s r -l remote -d 'Access a remote service (not supported: skiff is local and daemonless)'
complete -c skiff -n "__fish_skiff_needs_command" -s v -l version -d 'Print the version and exit'
complete -c skiff -n "__fish_skiff_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "run" -d 'The healthcheck flags of create and run (podman\'s, and docker\'s --health-start-interval)'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "create" -d 'The healthcheck flags of create and run (podman\'s, and docker\'s --health-start-interval)'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "start" -d 'Start one or more containers'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "ps" -d 'List containers'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "stop" -d 'Stop one or more running containers'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "kill" -d 'Kill one or more running containers with a signal'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "rm" -d 'Remove one or more containers'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "wait" -d 'Wait for containers to stop and print their exit codes'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "logs" -d 'Show the logs of a container'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "exec" -d 'Run a command in a running container'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "attach" -d 'Attach to a running container'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "top" -d 'Display the running processes of a container'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "pause" -d 'Pause all processes within one or more containers'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "unpause" -d 'Unpause all processes within one or more containers'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "stats" -d 'Display a live stream of container resource usage statistics'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "update" -d 'The resource limit flags of create, run and update (podman\'s)'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "restart" -d 'Restart one or more containers'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "rename" -d 'Rename a container'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "port" -d 'List port mappings of a container'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "cp" -d 'Copy files between a container and the host'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "diff" -d 'Show the changes to a container\'s file system'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "commit" -d 'Create an image from a container\'s changes'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "build" -d 'Build an image from a Containerfile or Dockerfile'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "builder" -d '`builder` and `buildx` subcommands'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "buildx" -d '`builder` and `buildx` subcommands'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "export" -d 'Export a container\'s file system as a tar archive'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "mount" -d 'Mount a container\'s root file system where the host can see it'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "umount" -d 'Unmount a container\'s root file system'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "unmount" -d 'Unmount a container\'s root file system'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "container" -d 'Manage containers'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "images" -d 'List images'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "image-ls" -d 'List images'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "image" -d 'Manage images'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "rmi" -d 'Remove one or more images'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "tag" -d 'Add names to an image'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "untag" -d 'Remove names from an image'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "load" -d 'Load images from an archive (docker-archive or OCI)'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "save" -d 'Save images to an archive'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "import" -d 'Create an image from a root file system tarball'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "history" -d 'Show the history of an image'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "pull" -d 'Pull images from a registry'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "push" -d 'Push an image to a registry'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "search" -d 'Search registries for images'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "login" -d 'Log in to a registry'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "logout" -d 'Log out of a registry'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "inspect" -d 'Display detailed information on images'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "network" -d 'Manage networks'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "volume" -d 'Manage volumes'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "version" -d 'Show the skiff version'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "info" -d 'Display system-wide information'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "events" -d 'Show skiff events'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "healthcheck" -d 'Manage health checks on containers'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "system" -d 'Manage skiff itself'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "completion" -d 'Generate shell completion scripts'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "unshare" -d 'Run a command in the rootless user namespace'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand run" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand run" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand run" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand run" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand run" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand run" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand run" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand run" -l detach-keys -d 'Key sequence that detaches from the container (foreground -it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l sig-proxy -d 'Proxy received signals to the container (foreground runs)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand run" -l name -d 'Assign a name to the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -s e -l env -d 'Set environment variables (NAME=value, or NAME to copy the host\'s)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l env-file -d 'Read environment variables from a file' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand run" -l entrypoint -d 'Overwrite the image\'s entrypoint: a command, or a JSON array (`["sh","-c"]`)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -s w -l workdir -d 'Working directory inside the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -s u -l user -d 'Username or UID (format: <name|uid>[:<group|gid>])' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l group-add -d 'Additional groups to join' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -s h -l hostname -d 'Container host name' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l domainname -d 'Container NIS domain name' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l ulimit -d 'Ulimit options (name=soft[:hard])' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l stop-signal -d 'Signal to stop the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l stop-timeout -d 'Seconds to wait before killing the container on stop' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -s l -l label -d 'Set metadata on the container (key=value)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l label-file -d 'Read labels from a file' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand run" -l cidfile -d 'Write the container ID to a file' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand run" -s v -l volume -d 'Bind mount a host path or mount a volume: [SOURCE:]DESTINATION[:OPTIONS]' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l mount -d 'Attach a mount: type=bind|volume|tmpfs,source=...,destination=...[,readonly,...]' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l tmpfs -d 'Mount a tmpfs: PATH[:OPTIONS] (size=, mode=, ro, exec...)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l volumes-from -d 'Mount the volumes of another container: CONTAINER[:ro|rw]' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l pull -d 'Pull the image: missing (if not stored), always, newer (if the registry\'s differs), never' -r -f -a "missing\t''
Missing\t''
ifnotpresent\t''
IfNotPresent\t''
never\t''
Never\t''
always\t''
Always\t''
newer\t''
Newer\t''
ifnewer\t''
IfNewer\t''"
complete -c skiff -n "__fish_skiff_using_subcommand run" -l authfile -d 'Path of the authentication file (default: ${XDG_RUNTIME_DIR}/containers/auth.json)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand run" -l cert-dir -d 'Directory with certificates (*.crt) and client keys (*.cert, *.key) for the registry' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand run" -l creds -d 'Credentials (USERNAME[:PASSWORD]) to use with the registry' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l tls-verify -d 'Require HTTPS and verify certificates (false also allows plain HTTP)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand run" -l platform -d 'Pull the image for this platform (os/arch[/variant]) instead of the host\'s' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l arch -d 'Use this architecture instead of the host\'s' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l os -d 'Use this operating system instead of the host\'s' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l variant -d 'Use this architecture variant instead of the host\'s' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l network -l net -d 'Network: bridge (the default network; default for root), NAME[,NAME], none, host, container:NAME, private (loopback only; default for other users)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l network-alias -l net-alias -d 'Another name for the container on its networks (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l ip -d 'The container\'s IPv4 address on its network' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l ip6 -d 'The container\'s IPv6 address on its network (an --ipv6 network)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l mac-address -d 'The container\'s MAC address on its network' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -s p -l publish -d 'Publish a port: [IP:][HOST_PORT:]CONTAINER_PORT[/PROTOCOL] (ranges allowed)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l expose -d 'Expose a port (or range) without publishing it' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l dns -d 'DNS server for the container\'s resolv.conf (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l dns-search -d 'DNS search domain (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l dns-option -l dns-opt -d 'DNS resolver option (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l add-host -d 'Add a host entry: HOST:IP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l link -d 'Link to another container: NAME[:ALIAS] (docker\'s legacy form)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l cap-add -d 'Add Linux capabilities' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l cap-drop -d 'Drop Linux capabilities' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l security-opt -d 'Security options (no-new-privileges[=false], seccomp=unconfined|FILE, label=...)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l tz -d 'Set the container\'s time zone: a zone such as Europe/Berlin, or local for the host\'s' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l userns -d 'User namespace: host, keep-id' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l log-driver -d 'Logging driver: k8s-file (default), json-file, journald, syslog, fluentd, none, passthrough' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l log-opt -d 'Logging driver options (KEY=VALUE, repeatable): max-size, max-file, compress, tag, syslog-*, fluentd-*' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l restart -d 'Restart policy: no, always, on-failure[:N], unless-stopped' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l memory -d 'Memory limit (format: <number>[<unit>], where unit = b (bytes), k (kibibytes), m (mebibytes), or g (gibibytes))' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l memory-reservation -d 'Memory soft limit (format: <number>[<unit>], where unit = b (bytes), k (kibibytes), m (mebibytes), or g (gibibytes))' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l memory-swap -d 'Swap limit equal to memory plus swap: \'-1\' to enable unlimited swap' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l memory-swappiness -d 'Tune container memory swappiness (0 to 100, or -1 for system default)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l cpus -d 'Number of CPUs. The default is 0.000 which means no limit' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l cpu-period -d 'Limit the CPU CFS (Completely Fair Scheduler) period' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l cpu-quota -d 'Limit the CPU CFS (Completely Fair Scheduler) quota' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l cpu-shares -d 'CPU shares (relative weight)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l cpu-rt-period -d 'Limit the CPU real-time period in microseconds' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l cpu-rt-runtime -d 'Limit the CPU real-time runtime in microseconds' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l cpuset-cpus -d 'CPUs in which to allow execution (0-3, 0,1)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l cpuset-mems -d 'Memory nodes (MEMs) in which to allow execution (0-3, 0,1). Only effective on NUMA systems' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l pids-limit -d 'Tune container pids limit (set -1 for unlimited)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l blkio-weight -d 'Block IO weight (relative weight) accepts a weight value between 10 and 1000' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l blkio-weight-device -d 'Block IO weight (relative device weight, format: DEVICE_NAME:WEIGHT)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l device-read-bps -d 'Limit read rate (bytes per second) from a device (e.g. --device-read-bps=/dev/sda:1mb)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l device-write-bps -d 'Limit write rate (bytes per second) to a device (e.g. --device-write-bps=/dev/sda:1mb)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l device-read-iops -d 'Limit read rate (IO per second) from a device (e.g. --device-read-iops=/dev/sda:1000)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l device-write-iops -d 'Limit write rate (IO per second) to a device (e.g. --device-write-iops=/dev/sda:1000)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l cgroup-conf -d 'Configure cgroup v2 (key=value)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l health-cmd -d 'set a healthcheck command for the container (\'none\' disables the existing healthcheck)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l health-interval -d 'set an interval for the healthcheck (a value of disable results in no automatic timer setup) (default "30s")' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l health-on-failure -d 'action to take once the container turns unhealthy (none, kill, restart, stop) (default "none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l health-retries -d 'the number of retries allowed before a healthcheck is considered to be unhealthy (default 3)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l health-start-period -d 'the initialization time needed for a container to bootstrap (default "0s")' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l health-start-interval -d 'the time between checks during the start period (default "5s")' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l health-timeout -d 'the maximum time allowed to complete the healthcheck before an interval is considered failed (default "30s")' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l cgroup-parent -d 'Optional parent cgroup for the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l cgroups -d 'Control container cgroup configuration ("enabled"|"disabled"|"no-conmon"|"split")' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l cgroupns -d 'cgroup namespace to use (private, host)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l oom-score-adj -d 'Tune the host\'s OOM preferences (-1000 to 1000)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l kernel-memory -d 'Kernel memory limit (accepted and ignored, as docker and podman do)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand run" -s d -l detach -d 'Run in the background and print the container ID'
complete -c skiff -n "__fish_skiff_using_subcommand run" -l init -d 'Run an init inside the container that forwards signals and reaps processes'
complete -c skiff -n "__fish_skiff_using_subcommand run" -s i -l interactive -d 'Keep STDIN open'
complete -c skiff -n "__fish_skiff_using_subcommand run" -s t -l tty -d 'Allocate a pseudo-TTY'
complete -c skiff -n "__fish_skiff_using_subcommand run" -s P -l publish-all -d 'Publish every exposed port on a random host port'
complete -c skiff -n "__fish_skiff_using_subcommand run" -l privileged -d 'Give extended privileges to the container'
complete -c skiff -n "__fish_skiff_using_subcommand run" -l read-only -d 'Mount the container\'s root file system read-only'
complete -c skiff -n "__fish_skiff_using_subcommand run" -l rm -d 'Remove the container when it exits'
complete -c skiff -n "__fish_skiff_using_subcommand run" -l replace -d 'Replace a container of the same name (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand run" -l no-healthcheck -d 'Disable healthchecks on container'
complete -c skiff -n "__fish_skiff_using_subcommand run" -l oom-kill-disable -d 'Disable OOM Killer (cgroup v1)'
complete -c skiff -n "__fish_skiff_using_subcommand run" -s q -l quiet -d 'Suppress pull output'
complete -c skiff -n "__fish_skiff_using_subcommand run" -l help -d 'Print help (`-h` is --hostname, as in docker)'
complete -c skiff -n "__fish_skiff_using_subcommand create" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand create" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand create" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand create" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand create" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand create" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand create" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand create" -l name -d 'Assign a name to the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -s e -l env -d 'Set environment variables (NAME=value, or NAME to copy the host\'s)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l env-file -d 'Read environment variables from a file' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand create" -l entrypoint -d 'Overwrite the image\'s entrypoint: a command, or a JSON array (`["sh","-c"]`)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -s w -l workdir -d 'Working directory inside the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -s u -l user -d 'Username or UID (format: <name|uid>[:<group|gid>])' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l group-add -d 'Additional groups to join' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -s h -l hostname -d 'Container host name' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l domainname -d 'Container NIS domain name' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l ulimit -d 'Ulimit options (name=soft[:hard])' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l stop-signal -d 'Signal to stop the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l stop-timeout -d 'Seconds to wait before killing the container on stop' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -s l -l label -d 'Set metadata on the container (key=value)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l label-file -d 'Read labels from a file' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand create" -l cidfile -d 'Write the container ID to a file' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand create" -s v -l volume -d 'Bind mount a host path or mount a volume: [SOURCE:]DESTINATION[:OPTIONS]' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l mount -d 'Attach a mount: type=bind|volume|tmpfs,source=...,destination=...[,readonly,...]' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l tmpfs -d 'Mount a tmpfs: PATH[:OPTIONS] (size=, mode=, ro, exec...)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l volumes-from -d 'Mount the volumes of another container: CONTAINER[:ro|rw]' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l pull -d 'Pull the image: missing (if not stored), always, newer (if the registry\'s differs), never' -r -f -a "missing\t''
Missing\t''
ifnotpresent\t''
IfNotPresent\t''
never\t''
Never\t''
always\t''
Always\t''
newer\t''
Newer\t''
ifnewer\t''
IfNewer\t''"
complete -c skiff -n "__fish_skiff_using_subcommand create" -l authfile -d 'Path of the authentication file (default: ${XDG_RUNTIME_DIR}/containers/auth.json)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand create" -l cert-dir -d 'Directory with certificates (*.crt) and client keys (*.cert, *.key) for the registry' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand create" -l creds -d 'Credentials (USERNAME[:PASSWORD]) to use with the registry' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l tls-verify -d 'Require HTTPS and verify certificates (false also allows plain HTTP)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand create" -l platform -d 'Pull the image for this platform (os/arch[/variant]) instead of the host\'s' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l arch -d 'Use this architecture instead of the host\'s' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l os -d 'Use this operating system instead of the host\'s' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l variant -d 'Use this architecture variant instead of the host\'s' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l network -l net -d 'Network: bridge (the default network; default for root), NAME[,NAME], none, host, container:NAME, private (loopback only; default for other users)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l network-alias -l net-alias -d 'Another name for the container on its networks (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l ip -d 'The container\'s IPv4 address on its network' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l ip6 -d 'The container\'s IPv6 address on its network (an --ipv6 network)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l mac-address -d 'The container\'s MAC address on its network' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -s p -l publish -d 'Publish a port: [IP:][HOST_PORT:]CONTAINER_PORT[/PROTOCOL] (ranges allowed)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l expose -d 'Expose a port (or range) without publishing it' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l dns -d 'DNS server for the container\'s resolv.conf (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l dns-search -d 'DNS search domain (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l dns-option -l dns-opt -d 'DNS resolver option (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l add-host -d 'Add a host entry: HOST:IP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l link -d 'Link to another container: NAME[:ALIAS] (docker\'s legacy form)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l cap-add -d 'Add Linux capabilities' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l cap-drop -d 'Drop Linux capabilities' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l security-opt -d 'Security options (no-new-privileges[=false], seccomp=unconfined|FILE, label=...)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l tz -d 'Set the container\'s time zone: a zone such as Europe/Berlin, or local for the host\'s' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l userns -d 'User namespace: host, keep-id' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l log-driver -d 'Logging driver: k8s-file (default), json-file, journald, syslog, fluentd, none, passthrough' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l log-opt -d 'Logging driver options (KEY=VALUE, repeatable): max-size, max-file, compress, tag, syslog-*, fluentd-*' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l restart -d 'Restart policy: no, always, on-failure[:N], unless-stopped' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l memory -d 'Memory limit (format: <number>[<unit>], where unit = b (bytes), k (kibibytes), m (mebibytes), or g (gibibytes))' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l memory-reservation -d 'Memory soft limit (format: <number>[<unit>], where unit = b (bytes), k (kibibytes), m (mebibytes), or g (gibibytes))' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l memory-swap -d 'Swap limit equal to memory plus swap: \'-1\' to enable unlimited swap' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l memory-swappiness -d 'Tune container memory swappiness (0 to 100, or -1 for system default)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l cpus -d 'Number of CPUs. The default is 0.000 which means no limit' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l cpu-period -d 'Limit the CPU CFS (Completely Fair Scheduler) period' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l cpu-quota -d 'Limit the CPU CFS (Completely Fair Scheduler) quota' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l cpu-shares -d 'CPU shares (relative weight)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l cpu-rt-period -d 'Limit the CPU real-time period in microseconds' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l cpu-rt-runtime -d 'Limit the CPU real-time runtime in microseconds' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l cpuset-cpus -d 'CPUs in which to allow execution (0-3, 0,1)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l cpuset-mems -d 'Memory nodes (MEMs) in which to allow execution (0-3, 0,1). Only effective on NUMA systems' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l pids-limit -d 'Tune container pids limit (set -1 for unlimited)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l blkio-weight -d 'Block IO weight (relative weight) accepts a weight value between 10 and 1000' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l blkio-weight-device -d 'Block IO weight (relative device weight, format: DEVICE_NAME:WEIGHT)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l device-read-bps -d 'Limit read rate (bytes per second) from a device (e.g. --device-read-bps=/dev/sda:1mb)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l device-write-bps -d 'Limit write rate (bytes per second) to a device (e.g. --device-write-bps=/dev/sda:1mb)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l device-read-iops -d 'Limit read rate (IO per second) from a device (e.g. --device-read-iops=/dev/sda:1000)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l device-write-iops -d 'Limit write rate (IO per second) to a device (e.g. --device-write-iops=/dev/sda:1000)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l cgroup-conf -d 'Configure cgroup v2 (key=value)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l health-cmd -d 'set a healthcheck command for the container (\'none\' disables the existing healthcheck)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l health-interval -d 'set an interval for the healthcheck (a value of disable results in no automatic timer setup) (default "30s")' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l health-on-failure -d 'action to take once the container turns unhealthy (none, kill, restart, stop) (default "none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l health-retries -d 'the number of retries allowed before a healthcheck is considered to be unhealthy (default 3)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l health-start-period -d 'the initialization time needed for a container to bootstrap (default "0s")' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l health-start-interval -d 'the time between checks during the start period (default "5s")' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l health-timeout -d 'the maximum time allowed to complete the healthcheck before an interval is considered failed (default "30s")' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l cgroup-parent -d 'Optional parent cgroup for the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l cgroups -d 'Control container cgroup configuration ("enabled"|"disabled"|"no-conmon"|"split")' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l cgroupns -d 'cgroup namespace to use (private, host)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l oom-score-adj -d 'Tune the host\'s OOM preferences (-1000 to 1000)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l kernel-memory -d 'Kernel memory limit (accepted and ignored, as docker and podman do)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand create" -l init -d 'Run an init inside the container that forwards signals and reaps processes'
complete -c skiff -n "__fish_skiff_using_subcommand create" -s i -l interactive -d 'Keep STDIN open'
complete -c skiff -n "__fish_skiff_using_subcommand create" -s t -l tty -d 'Allocate a pseudo-TTY'
complete -c skiff -n "__fish_skiff_using_subcommand create" -s P -l publish-all -d 'Publish every exposed port on a random host port'
complete -c skiff -n "__fish_skiff_using_subcommand create" -l privileged -d 'Give extended privileges to the container'
complete -c skiff -n "__fish_skiff_using_subcommand create" -l read-only -d 'Mount the container\'s root file system read-only'
complete -c skiff -n "__fish_skiff_using_subcommand create" -l rm -d 'Remove the container when it exits'
complete -c skiff -n "__fish_skiff_using_subcommand create" -l replace -d 'Replace a container of the same name (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand create" -l no-healthcheck -d 'Disable healthchecks on container'
complete -c skiff -n "__fish_skiff_using_subcommand create" -l oom-kill-disable -d 'Disable OOM Killer (cgroup v1)'
complete -c skiff -n "__fish_skiff_using_subcommand create" -s q -l quiet -d 'Suppress pull output'
complete -c skiff -n "__fish_skiff_using_subcommand create" -l help -d 'Print help (`-h` is --hostname, as in docker)'
complete -c skiff -n "__fish_skiff_using_subcommand start" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand start" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand start" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand start" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand start" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand start" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand start" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand start" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand start" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand start" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand start" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand start" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand start" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand start" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand start" -s f -l filter -d 'Filter the containers to start (name=, id=, label=, status=...)' -r
complete -c skiff -n "__fish_skiff_using_subcommand start" -l sig-proxy -d 'Proxy received signals to the container (with --attach)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand start" -l detach-keys -d 'Key sequence that detaches from the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand start" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand start" -s a -l attach -d 'Attach stdout/stderr and forward signals'
complete -c skiff -n "__fish_skiff_using_subcommand start" -l all -d 'Start all containers regardless of their state or configuration'
complete -c skiff -n "__fish_skiff_using_subcommand start" -s l -l latest -d 'Act on the latest container skiff knows of'
complete -c skiff -n "__fish_skiff_using_subcommand start" -s i -l interactive -d 'Attach stdin'
complete -c skiff -n "__fish_skiff_using_subcommand start" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand ps" -s n -l last -d 'Print the n last created containers (all states)' -r
complete -c skiff -n "__fish_skiff_using_subcommand ps" -s f -l filter -d 'Filter output (id=, name=, label=, status=, exited=, ancestor=, before=, since=, until=, volume=, network=)' -r
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l format -d 'Pretty-print containers to JSON or using a Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l sort -d 'Sort output by: command, created, id, image, names, runningfor, size, status' -r -f -a "command\t''
created\t''
id\t''
image\t''
names\t''
runningfor\t''
size\t''
status\t''"
complete -c skiff -n "__fish_skiff_using_subcommand ps" -s w -l watch -d 'Watch the ps output on an interval in seconds' -r
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand ps" -s a -l all -d 'Show all the containers, default is only running containers'
complete -c skiff -n "__fish_skiff_using_subcommand ps" -s q -l quiet -d 'Print container IDs only'
complete -c skiff -n "__fish_skiff_using_subcommand ps" -s l -l latest -d 'Act on the latest container skiff knows of'
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l no-trunc -d 'Display the extended information'
complete -c skiff -n "__fish_skiff_using_subcommand ps" -s s -l size -d 'Display the total file sizes'
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l noheading -d 'Do not print headers'
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l external -d 'Show containers in storage not controlled by skiff (there are none: skiff has no storage shared with other tools)'
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l ns -d 'Display namespace information'
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l sync -d 'Sync container state with the runtime (skiff always reads the current state)'
complete -c skiff -n "__fish_skiff_using_subcommand ps" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand stop" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand stop" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand stop" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand stop" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand stop" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand stop" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand stop" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand stop" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand stop" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand stop" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand stop" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand stop" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand stop" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand stop" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand stop" -s t -l time -l timeout -d 'Seconds to wait for stop before killing the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand stop" -l cidfile -d 'Read the container ID from the file' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand stop" -s f -l filter -d 'Filter the containers to stop' -r
complete -c skiff -n "__fish_skiff_using_subcommand stop" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand stop" -s a -l all -d 'Stop all running containers'
complete -c skiff -n "__fish_skiff_using_subcommand stop" -s i -l ignore -d 'Ignore errors when a specified container is missing'
complete -c skiff -n "__fish_skiff_using_subcommand stop" -s l -l latest -d 'Act on the latest container skiff knows of'
complete -c skiff -n "__fish_skiff_using_subcommand stop" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand kill" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand kill" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand kill" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand kill" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand kill" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand kill" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand kill" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand kill" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand kill" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand kill" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand kill" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand kill" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand kill" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand kill" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand kill" -s s -l signal -d 'Signal to send (name or number)' -r
complete -c skiff -n "__fish_skiff_using_subcommand kill" -l cidfile -d 'Read the container ID from the file' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand kill" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand kill" -s a -l all -d 'Signal all running containers'
complete -c skiff -n "__fish_skiff_using_subcommand kill" -s l -l latest -d 'Act on the latest container skiff knows of'
complete -c skiff -n "__fish_skiff_using_subcommand kill" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand rm" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand rm" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand rm" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand rm" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand rm" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand rm" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand rm" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand rm" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand rm" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand rm" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand rm" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand rm" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand rm" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand rm" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand rm" -s t -l time -d 'Seconds to wait for stop before killing the container (with -f: without it a running container is killed at once)' -r
complete -c skiff -n "__fish_skiff_using_subcommand rm" -l cidfile -d 'Read the container ID from the file' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand rm" -l filter -d 'Filter the containers to remove' -r
complete -c skiff -n "__fish_skiff_using_subcommand rm" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand rm" -s f -l force -d 'Force removal of a running or unusable container'
complete -c skiff -n "__fish_skiff_using_subcommand rm" -s v -l volumes -d 'Remove anonymous volumes associated with the container'
complete -c skiff -n "__fish_skiff_using_subcommand rm" -s a -l all -d 'Remove all containers'
complete -c skiff -n "__fish_skiff_using_subcommand rm" -s i -l ignore -d 'Ignore errors when a specified container is missing'
complete -c skiff -n "__fish_skiff_using_subcommand rm" -l depend -d 'Remove the container and all containers that depend on it'
complete -c skiff -n "__fish_skiff_using_subcommand rm" -s l -l latest -d 'Act on the latest container skiff knows of'
complete -c skiff -n "__fish_skiff_using_subcommand rm" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand wait" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand wait" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand wait" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand wait" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand wait" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand wait" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand wait" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand wait" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand wait" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand wait" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand wait" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand wait" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand wait" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand wait" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand wait" -l condition -d 'Condition to wait on (repeatable; podman\'s states: created, running, paused, stopped, exited, stopping, removing..., docker\'s not-running, next-exit, removed)' -r
complete -c skiff -n "__fish_skiff_using_subcommand wait" -s i -l interval -d 'Time interval to wait before polling for completion' -r
complete -c skiff -n "__fish_skiff_using_subcommand wait" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand wait" -s l -l latest -d 'Act on the latest container skiff knows of'
complete -c skiff -n "__fish_skiff_using_subcommand wait" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand logs" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand logs" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand logs" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand logs" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand logs" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand logs" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand logs" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand logs" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand logs" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand logs" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand logs" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand logs" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand logs" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand logs" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand logs" -l tail -d 'Number of lines to show from the end of the logs (or "all", -1)' -r
complete -c skiff -n "__fish_skiff_using_subcommand logs" -l since -d 'Show logs since a time (RFC 3339, Unix seconds, or a duration like 10m)' -r
complete -c skiff -n "__fish_skiff_using_subcommand logs" -l until -d 'Show logs before a time' -r
complete -c skiff -n "__fish_skiff_using_subcommand logs" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand logs" -s f -l follow -d 'Follow log output'
complete -c skiff -n "__fish_skiff_using_subcommand logs" -s n -l names -d 'Output the container name in the log (podman\'s -n; docker\'s -n is --tail)'
complete -c skiff -n "__fish_skiff_using_subcommand logs" -l color -d 'Output the containers with different colors in the log'
complete -c skiff -n "__fish_skiff_using_subcommand logs" -s t -l timestamps -d 'Show timestamps'
complete -c skiff -n "__fish_skiff_using_subcommand logs" -s l -l latest -d 'Act on the latest container skiff knows of'
complete -c skiff -n "__fish_skiff_using_subcommand logs" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand exec" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand exec" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand exec" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand exec" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand exec" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand exec" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand exec" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand exec" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand exec" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand exec" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand exec" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand exec" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand exec" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand exec" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand exec" -s e -l env -d 'Set environment variables' -r
complete -c skiff -n "__fish_skiff_using_subcommand exec" -l env-file -d 'Read environment variables from a file' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand exec" -s u -l user -d 'Username or UID (format: <name|uid>[:<group|gid>])' -r
complete -c skiff -n "__fish_skiff_using_subcommand exec" -s w -l workdir -d 'Working directory inside the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand exec" -l detach-keys -d 'Key sequence that detaches from the command (-it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand exec" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand exec" -s l -l latest -d 'Act on the latest container skiff knows of'
complete -c skiff -n "__fish_skiff_using_subcommand exec" -s i -l interactive -d 'Keep STDIN open'
complete -c skiff -n "__fish_skiff_using_subcommand exec" -s t -l tty -d 'Allocate a pseudo-TTY'
complete -c skiff -n "__fish_skiff_using_subcommand exec" -s d -l detach -d 'Run the command in the background'
complete -c skiff -n "__fish_skiff_using_subcommand exec" -l privileged -d 'Give extended privileges to the command'
complete -c skiff -n "__fish_skiff_using_subcommand exec" -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand attach" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand attach" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand attach" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand attach" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand attach" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand attach" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand attach" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand attach" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand attach" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand attach" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand attach" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand attach" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand attach" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand attach" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand attach" -l sig-proxy -d 'Proxy received signals to the container (without a terminal)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand attach" -l detach-keys -d 'Key sequence that detaches from the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand attach" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand attach" -s l -l latest -d 'Act on the latest container skiff knows of'
complete -c skiff -n "__fish_skiff_using_subcommand attach" -l no-stdin -d 'Do not attach STDIN'
complete -c skiff -n "__fish_skiff_using_subcommand attach" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand top" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand top" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand top" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand top" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand top" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand top" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand top" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand top" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand top" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand top" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand top" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand top" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand top" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand top" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand top" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand top" -s l -l latest -d 'Act on the latest container skiff knows of'
complete -c skiff -n "__fish_skiff_using_subcommand top" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand pause" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pause" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pause" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pause" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pause" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand pause" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pause" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pause" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pause" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pause" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pause" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand pause" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pause" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pause" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pause" -l cidfile -d 'Read the container ID from the file' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pause" -s f -l filter -d 'Filter the containers to act on' -r
complete -c skiff -n "__fish_skiff_using_subcommand pause" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand pause" -s a -l all -d 'Act on all running (pause) or paused (unpause) containers'
complete -c skiff -n "__fish_skiff_using_subcommand pause" -s l -l latest -d 'Act on the latest container skiff knows of'
complete -c skiff -n "__fish_skiff_using_subcommand pause" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand unpause" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand unpause" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand unpause" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand unpause" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand unpause" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand unpause" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand unpause" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand unpause" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand unpause" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand unpause" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand unpause" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand unpause" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand unpause" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand unpause" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand unpause" -l cidfile -d 'Read the container ID from the file' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand unpause" -s f -l filter -d 'Filter the containers to act on' -r
complete -c skiff -n "__fish_skiff_using_subcommand unpause" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand unpause" -s a -l all -d 'Act on all running (pause) or paused (unpause) containers'
complete -c skiff -n "__fish_skiff_using_subcommand unpause" -s l -l latest -d 'Act on the latest container skiff knows of'
complete -c skiff -n "__fish_skiff_using_subcommand unpause" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand stats" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand stats" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand stats" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand stats" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand stats" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand stats" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand stats" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand stats" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand stats" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand stats" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand stats" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand stats" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand stats" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand stats" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand stats" -l format -d 'Pretty-print container statistics to JSON or using a Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand stats" -s i -l interval -d 'Time in seconds between stats reports' -r
complete -c skiff -n "__fish_skiff_using_subcommand stats" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand stats" -s a -l all -d 'Show all containers. Only running containers are shown by default. The default is false'
complete -c skiff -n "__fish_skiff_using_subcommand stats" -l no-reset -d 'Disable resetting the screen between intervals'
complete -c skiff -n "__fish_skiff_using_subcommand stats" -l no-stream -d 'Disable streaming stats and only pull the first result, default setting is false'
complete -c skiff -n "__fish_skiff_using_subcommand stats" -l no-trunc -d 'Do not truncate output'
complete -c skiff -n "__fish_skiff_using_subcommand stats" -s l -l latest -d 'Act on the latest container skiff knows of'
complete -c skiff -n "__fish_skiff_using_subcommand stats" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand update" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand update" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand update" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand update" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand update" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand update" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand update" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand update" -l memory -d 'Memory limit (format: <number>[<unit>], where unit = b (bytes), k (kibibytes), m (mebibytes), or g (gibibytes))' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l memory-reservation -d 'Memory soft limit (format: <number>[<unit>], where unit = b (bytes), k (kibibytes), m (mebibytes), or g (gibibytes))' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l memory-swap -d 'Swap limit equal to memory plus swap: \'-1\' to enable unlimited swap' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l memory-swappiness -d 'Tune container memory swappiness (0 to 100, or -1 for system default)' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l cpus -d 'Number of CPUs. The default is 0.000 which means no limit' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l cpu-period -d 'Limit the CPU CFS (Completely Fair Scheduler) period' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l cpu-quota -d 'Limit the CPU CFS (Completely Fair Scheduler) quota' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l cpu-shares -d 'CPU shares (relative weight)' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l cpu-rt-period -d 'Limit the CPU real-time period in microseconds' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l cpu-rt-runtime -d 'Limit the CPU real-time runtime in microseconds' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l cpuset-cpus -d 'CPUs in which to allow execution (0-3, 0,1)' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l cpuset-mems -d 'Memory nodes (MEMs) in which to allow execution (0-3, 0,1). Only effective on NUMA systems' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l pids-limit -d 'Tune container pids limit (set -1 for unlimited)' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l blkio-weight -d 'Block IO weight (relative weight) accepts a weight value between 10 and 1000' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l blkio-weight-device -d 'Block IO weight (relative device weight, format: DEVICE_NAME:WEIGHT)' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l device-read-bps -d 'Limit read rate (bytes per second) from a device (e.g. --device-read-bps=/dev/sda:1mb)' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l device-write-bps -d 'Limit write rate (bytes per second) to a device (e.g. --device-write-bps=/dev/sda:1mb)' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l device-read-iops -d 'Limit read rate (IO per second) from a device (e.g. --device-read-iops=/dev/sda:1000)' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l device-write-iops -d 'Limit write rate (IO per second) to a device (e.g. --device-write-iops=/dev/sda:1000)' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l cgroup-conf -d 'Configure cgroup v2 (key=value)' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l restart -d 'Restart policy: no, always, on-failure[:N], unless-stopped' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l kernel-memory -d 'Kernel memory limit (accepted and ignored, as docker and podman do)' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand update" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand restart" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand restart" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand restart" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand restart" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand restart" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand restart" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand restart" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand restart" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand restart" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand restart" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand restart" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand restart" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand restart" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand restart" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand restart" -s t -l time -l timeout -d 'Seconds to wait for stop before killing the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand restart" -l cidfile -d 'Read the container ID from the file' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand restart" -s f -l filter -d 'Filter the containers to restart' -r
complete -c skiff -n "__fish_skiff_using_subcommand restart" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand restart" -s a -l all -d 'Restart all non-running containers'
complete -c skiff -n "__fish_skiff_using_subcommand restart" -l running -d 'Restart only running containers (with --all)'
complete -c skiff -n "__fish_skiff_using_subcommand restart" -s l -l latest -d 'Act on the latest container skiff knows of'
complete -c skiff -n "__fish_skiff_using_subcommand restart" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand rename" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand rename" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand rename" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand rename" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand rename" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand rename" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand rename" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand rename" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand rename" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand rename" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand rename" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand rename" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand rename" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand rename" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand rename" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand rename" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand port" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand port" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand port" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand port" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand port" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand port" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand port" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand port" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand port" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand port" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand port" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand port" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand port" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand port" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand port" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand port" -s a -l all -d 'Display port information for all containers'
complete -c skiff -n "__fish_skiff_using_subcommand port" -s l -l latest -d 'Act on the latest container skiff knows of'
complete -c skiff -n "__fish_skiff_using_subcommand port" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand cp" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand cp" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand cp" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand cp" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand cp" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand cp" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand cp" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand cp" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand cp" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand cp" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand cp" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand cp" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand cp" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand cp" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand cp" -s a -l archive -d 'Chown copied files to the primary uid/gid of the destination container (default true; false keeps the source\'s owners)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand cp" -l pause -d 'Accepted for podman (deprecated there, a no-op)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand cp" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand cp" -s L -l follow-link -d 'Accepted for docker: a symlink at the source path is always followed'
complete -c skiff -n "__fish_skiff_using_subcommand cp" -l overwrite -d 'Allow to overwrite directories with non-directories and vice versa'
complete -c skiff -n "__fish_skiff_using_subcommand cp" -s q -l quiet -d 'Suppress progress output (accepted: there is none)'
complete -c skiff -n "__fish_skiff_using_subcommand cp" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand diff" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand diff" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand diff" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand diff" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand diff" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand diff" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand diff" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand diff" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand diff" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand diff" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand diff" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand diff" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand diff" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand diff" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand diff" -l format -d 'Output format: json (the default is docker\'s `C /path` lines)' -r
complete -c skiff -n "__fish_skiff_using_subcommand diff" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand diff" -s l -l latest -d 'Act on the latest container skiff knows of'
complete -c skiff -n "__fish_skiff_using_subcommand diff" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand commit" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand commit" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand commit" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand commit" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand commit" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand commit" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand commit" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand commit" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand commit" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand commit" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand commit" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand commit" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand commit" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand commit" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand commit" -s a -l author -d 'Author of the image' -r
complete -c skiff -n "__fish_skiff_using_subcommand commit" -s m -l message -d 'Commit message' -r
complete -c skiff -n "__fish_skiff_using_subcommand commit" -s c -l change -d 'Apply a Dockerfile instruction to the image (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand commit" -s p -l pause -d 'Pause the container while committing' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand commit" -s f -l format -d 'Image format (oci; docker is accepted, the manifest is OCI)' -r
complete -c skiff -n "__fish_skiff_using_subcommand commit" -l iidfile -d 'Write the image ID to this file' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand commit" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand commit" -s s -l squash -d 'Squash the image\'s layers and the changes into one layer'
complete -c skiff -n "__fish_skiff_using_subcommand commit" -s q -l quiet -d 'Print only the image ID'
complete -c skiff -n "__fish_skiff_using_subcommand commit" -l include-volumes -d 'Include the container\'s volumes as image volumes'
complete -c skiff -n "__fish_skiff_using_subcommand commit" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand build" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand build" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand build" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand build" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand build" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand build" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand build" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand build" -s f -l file -d 'The Dockerfile (default: Containerfile, then Dockerfile, in the context)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand build" -s t -l tag -d 'Name for the image (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l build-arg -d 'A build argument: KEY=VALUE, or KEY alone to take it from the environment' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l target -d 'Build the stage of this name and the stages it needs' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l pull -d 'When to pull base images: missing, always, never, newer (alone: always)' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l iidfile -d 'Write the image ID to this file' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand build" -l network -l net -d 'The network of RUN steps: none, host, or a network name' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l layers -d 'Keep each step\'s image as the build cache, and use the cache' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand build" -l rm -d 'Remove intermediate containers (they always are)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand build" -l secret -d 'A secret for RUN --mount=type=secret: id=ID,src=PATH or id=ID,env=VAR' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l format -d 'The image format: oci (default, or $BUILDAH_FORMAT) or docker (keeps HEALTHCHECK and ONBUILD)' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l build-arg-file -d 'Build arguments from a file: KEY=VALUE lines (# comments)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand build" -l from -d 'The base image of the first stage, instead of its FROM\'s' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l ignorefile -d 'The ignore file, instead of the context\'s .containerignore or .dockerignore' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand build" -l skip-unused-stages -d 'Build only the stages the target needs (false: every stage before it too)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand build" -l logfile -d 'Write the build\'s output to this file instead of stdout' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand build" -l annotation -d 'An annotation for the image\'s manifest: KEY=VALUE (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l label -d 'A label for the image (repeatable): a LABEL step at the end' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l platform -d 'The platform to build for: the host\'s only (linux/amd64 here)' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l add-host -d 'An /etc/hosts entry for RUN steps: HOST:IP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l ulimit -d 'A resource limit for RUN steps: NAME=SOFT[:HARD] (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -s v -l volume -d 'A bind mount for RUN steps: SRC:DEST[:OPTIONS] (repeatable; not in the image)' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l userns -d 'The user namespace of RUN steps (as run --userns)' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l timestamp -d 'The image\'s creation time and its files\' times, in seconds since the epoch (as SOURCE_DATE_EPOCH)' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l build-context -d 'A named context for FROM and --from=: NAME=DIR or NAME=docker-image://REF (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l jobs -d 'How many stages build at once (0: as many as can)' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -s o -l output -d 'Also write the final stage\'s files: type=local,dest=DIR, type=tar,dest=FILE (- for stdout), or DIR' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l authfile -d 'Path of the authentication file (default: ${XDG_RUNTIME_DIR}/containers/auth.json)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand build" -l cert-dir -d 'Directory with certificates (*.crt) and client keys (*.cert, *.key) for the registry' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand build" -l creds -d 'Credentials (USERNAME[:PASSWORD]) to use with the registry' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l tls-verify -d 'Require HTTPS and verify certificates (false also allows plain HTTP)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand build" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand build" -s q -l quiet -d 'Print only the image ID'
complete -c skiff -n "__fish_skiff_using_subcommand build" -l no-cache -d 'Do not use cached steps (the steps made are still cached)'
complete -c skiff -n "__fish_skiff_using_subcommand build" -l force-rm -d 'Remove intermediate containers even when a step fails (they always are)'
complete -c skiff -n "__fish_skiff_using_subcommand build" -l squash -d 'The final image\'s new layers as one (no step images are kept)'
complete -c skiff -n "__fish_skiff_using_subcommand build" -l squash-all -d 'All the final image\'s layers, its base\'s too, as one'
complete -c skiff -n "__fish_skiff_using_subcommand build" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand builder; and not __fish_seen_subcommand_from build prune help" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand builder; and not __fish_seen_subcommand_from build prune help" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand builder; and not __fish_seen_subcommand_from build prune help" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand builder; and not __fish_seen_subcommand_from build prune help" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand builder; and not __fish_seen_subcommand_from build prune help" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand builder; and not __fish_seen_subcommand_from build prune help" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand builder; and not __fish_seen_subcommand_from build prune help" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand builder; and not __fish_seen_subcommand_from build prune help" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand builder; and not __fish_seen_subcommand_from build prune help" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand builder; and not __fish_seen_subcommand_from build prune help" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand builder; and not __fish_seen_subcommand_from build prune help" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand builder; and not __fish_seen_subcommand_from build prune help" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand builder; and not __fish_seen_subcommand_from build prune help" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand builder; and not __fish_seen_subcommand_from build prune help" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand builder; and not __fish_seen_subcommand_from build prune help" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand builder; and not __fish_seen_subcommand_from build prune help" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand builder; and not __fish_seen_subcommand_from build prune help" -f -a "build" -d 'Build an image from a Containerfile or Dockerfile'
complete -c skiff -n "__fish_skiff_using_subcommand builder; and not __fish_seen_subcommand_from build prune help" -f -a "prune" -d 'Remove the build cache'
complete -c skiff -n "__fish_skiff_using_subcommand builder; and not __fish_seen_subcommand_from build prune help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from build" -s f -l file -d 'The Dockerfile (default: Containerfile, then Dockerfile, in the context)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from build" -s t -l tag -d 'Name for the image (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from build" -l build-arg -d 'A build argument: KEY=VALUE, or KEY alone to take it from the environment' -r
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from build" -l target -d 'Build the stage of this name and the stages it needs' -r
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from build" -l pull -d 'When to pull base images: missing, always, never, newer (alone: always)' -r
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from build" -l iidfile -d 'Write the image ID to this file' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from build" -l network -l net -d 'The network of RUN steps: none, host, or a network name' -r
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from build" -l layers -d 'Keep each step\'s image as the build cache, and use the cache' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from build" -l rm -d 'Remove intermediate containers (they always are)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from build" -l secret -d 'A secret for RUN --mount=type=secret: id=ID,src=PATH or id=ID,env=VAR' -r
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from build" -l format -d 'The image format: oci (default, or $BUILDAH_FORMAT) or docker (keeps HEALTHCHECK and ONBUILD)' -r
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from build" -l build-arg-file -d 'Build arguments from a file: KEY=VALUE lines (# comments)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from build" -l from -d 'The base image of the first stage, instead of its FROM\'s' -r
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from build" -l ignorefile -d 'The ignore file, instead of the context\'s .containerignore or .dockerignore' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from build" -l skip-unused-stages -d 'Build only the stages the target needs (false: every stage before it too)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from build" -l logfile -d 'Write the build\'s output to this file instead of stdout' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from build" -l annotation -d 'An annotation for the image\'s manifest: KEY=VALUE (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from build" -l label -d 'A label for the image (repeatable): a LABEL step at the end' -r
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from build" -l platform -d 'The platform to build for: the host\'s only (linux/amd64 here)' -r
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from build" -l add-host -d 'An /etc/hosts entry for RUN steps: HOST:IP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from build" -l ulimit -d 'A resource limit for RUN steps: NAME=SOFT[:HARD] (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from build" -s v -l volume -d 'A bind mount for RUN steps: SRC:DEST[:OPTIONS] (repeatable; not in the image)' -r
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from build" -l userns -d 'The user namespace of RUN steps (as run --userns)' -r
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from build" -l timestamp -d 'The image\'s creation time and its files\' times, in seconds since the epoch (as SOURCE_DATE_EPOCH)' -r
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from build" -l build-context -d 'A named context for FROM and --from=: NAME=DIR or NAME=docker-image://REF (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from build" -l jobs -d 'How many stages build at once (0: as many as can)' -r
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from build" -s o -l output -d 'Also write the final stage\'s files: type=local,dest=DIR, type=tar,dest=FILE (- for stdout), or DIR' -r
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from build" -l authfile -d 'Path of the authentication file (default: ${XDG_RUNTIME_DIR}/containers/auth.json)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from build" -l cert-dir -d 'Directory with certificates (*.crt) and client keys (*.cert, *.key) for the registry' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from build" -l creds -d 'Credentials (USERNAME[:PASSWORD]) to use with the registry' -r
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from build" -l tls-verify -d 'Require HTTPS and verify certificates (false also allows plain HTTP)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from build" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from build" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from build" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from build" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from build" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from build" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from build" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from build" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from build" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from build" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from build" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from build" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from build" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from build" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from build" -s q -l quiet -d 'Print only the image ID'
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from build" -l no-cache -d 'Do not use cached steps (the steps made are still cached)'
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from build" -l force-rm -d 'Remove intermediate containers even when a step fails (they always are)'
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from build" -l squash -d 'The final image\'s new layers as one (no step images are kept)'
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from build" -l squash-all -d 'All the final image\'s layers, its base\'s too, as one'
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from build" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from build" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from prune" -l filter -d 'Prune only what matches (until=, label=, label!=)' -r
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from prune" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from prune" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from prune" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from prune" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from prune" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from prune" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from prune" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from prune" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from prune" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from prune" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from prune" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from prune" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from prune" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from prune" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from prune" -s a -l all -d 'Remove all the build cache, not just what leads to no image'
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not prompt for confirmation'
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from prune" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from help" -f -a "build" -d 'Build an image from a Containerfile or Dockerfile'
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from help" -f -a "prune" -d 'Remove the build cache'
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and not __fish_seen_subcommand_from build prune help" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and not __fish_seen_subcommand_from build prune help" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and not __fish_seen_subcommand_from build prune help" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and not __fish_seen_subcommand_from build prune help" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and not __fish_seen_subcommand_from build prune help" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and not __fish_seen_subcommand_from build prune help" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and not __fish_seen_subcommand_from build prune help" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and not __fish_seen_subcommand_from build prune help" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and not __fish_seen_subcommand_from build prune help" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and not __fish_seen_subcommand_from build prune help" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and not __fish_seen_subcommand_from build prune help" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and not __fish_seen_subcommand_from build prune help" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and not __fish_seen_subcommand_from build prune help" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and not __fish_seen_subcommand_from build prune help" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and not __fish_seen_subcommand_from build prune help" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and not __fish_seen_subcommand_from build prune help" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and not __fish_seen_subcommand_from build prune help" -f -a "build" -d 'Build an image from a Containerfile or Dockerfile'
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and not __fish_seen_subcommand_from build prune help" -f -a "prune" -d 'Remove the build cache'
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and not __fish_seen_subcommand_from build prune help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from build" -s f -l file -d 'The Dockerfile (default: Containerfile, then Dockerfile, in the context)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from build" -s t -l tag -d 'Name for the image (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from build" -l build-arg -d 'A build argument: KEY=VALUE, or KEY alone to take it from the environment' -r
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from build" -l target -d 'Build the stage of this name and the stages it needs' -r
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from build" -l pull -d 'When to pull base images: missing, always, never, newer (alone: always)' -r
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from build" -l iidfile -d 'Write the image ID to this file' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from build" -l network -l net -d 'The network of RUN steps: none, host, or a network name' -r
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from build" -l layers -d 'Keep each step\'s image as the build cache, and use the cache' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from build" -l rm -d 'Remove intermediate containers (they always are)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from build" -l secret -d 'A secret for RUN --mount=type=secret: id=ID,src=PATH or id=ID,env=VAR' -r
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from build" -l format -d 'The image format: oci (default, or $BUILDAH_FORMAT) or docker (keeps HEALTHCHECK and ONBUILD)' -r
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from build" -l build-arg-file -d 'Build arguments from a file: KEY=VALUE lines (# comments)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from build" -l from -d 'The base image of the first stage, instead of its FROM\'s' -r
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from build" -l ignorefile -d 'The ignore file, instead of the context\'s .containerignore or .dockerignore' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from build" -l skip-unused-stages -d 'Build only the stages the target needs (false: every stage before it too)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from build" -l logfile -d 'Write the build\'s output to this file instead of stdout' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from build" -l annotation -d 'An annotation for the image\'s manifest: KEY=VALUE (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from build" -l label -d 'A label for the image (repeatable): a LABEL step at the end' -r
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from build" -l platform -d 'The platform to build for: the host\'s only (linux/amd64 here)' -r
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from build" -l add-host -d 'An /etc/hosts entry for RUN steps: HOST:IP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from build" -l ulimit -d 'A resource limit for RUN steps: NAME=SOFT[:HARD] (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from build" -s v -l volume -d 'A bind mount for RUN steps: SRC:DEST[:OPTIONS] (repeatable; not in the image)' -r
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from build" -l userns -d 'The user namespace of RUN steps (as run --userns)' -r
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from build" -l timestamp -d 'The image\'s creation time and its files\' times, in seconds since the epoch (as SOURCE_DATE_EPOCH)' -r
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from build" -l build-context -d 'A named context for FROM and --from=: NAME=DIR or NAME=docker-image://REF (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from build" -l jobs -d 'How many stages build at once (0: as many as can)' -r
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from build" -s o -l output -d 'Also write the final stage\'s files: type=local,dest=DIR, type=tar,dest=FILE (- for stdout), or DIR' -r
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from build" -l authfile -d 'Path of the authentication file (default: ${XDG_RUNTIME_DIR}/containers/auth.json)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from build" -l cert-dir -d 'Directory with certificates (*.crt) and client keys (*.cert, *.key) for the registry' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from build" -l creds -d 'Credentials (USERNAME[:PASSWORD]) to use with the registry' -r
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from build" -l tls-verify -d 'Require HTTPS and verify certificates (false also allows plain HTTP)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from build" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from build" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from build" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from build" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from build" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from build" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from build" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from build" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from build" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from build" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from build" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from build" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from build" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from build" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from build" -s q -l quiet -d 'Print only the image ID'
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from build" -l no-cache -d 'Do not use cached steps (the steps made are still cached)'
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from build" -l force-rm -d 'Remove intermediate containers even when a step fails (they always are)'
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from build" -l squash -d 'The final image\'s new layers as one (no step images are kept)'
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from build" -l squash-all -d 'All the final image\'s layers, its base\'s too, as one'
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from build" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from build" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from prune" -l filter -d 'Prune only what matches (until=, label=, label!=)' -r
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from prune" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from prune" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from prune" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from prune" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from prune" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from prune" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from prune" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from prune" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from prune" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from prune" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from prune" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from prune" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from prune" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from prune" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from prune" -s a -l all -d 'Remove all the build cache, not just what leads to no image'
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not prompt for confirmation'
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from prune" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from help" -f -a "build" -d 'Build an image from a Containerfile or Dockerfile'
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from help" -f -a "prune" -d 'Remove the build cache'
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand export" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand export" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand export" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand export" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand export" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand export" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand export" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand export" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand export" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand export" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand export" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand export" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand export" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand export" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand export" -s o -l output -d 'Write to this file instead of stdout' -r
complete -c skiff -n "__fish_skiff_using_subcommand export" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand export" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand mount" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand mount" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand mount" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand mount" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand mount" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand mount" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand mount" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand mount" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand mount" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand mount" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand mount" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand mount" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand mount" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand mount" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand mount" -l format -d 'Print the mounted containers as json, or with a Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand mount" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand mount" -s a -l all -d 'Mount every container'
complete -c skiff -n "__fish_skiff_using_subcommand mount" -l no-trunc -l notruncate -d 'Do not truncate container IDs'
complete -c skiff -n "__fish_skiff_using_subcommand mount" -s l -l latest -d 'Act on the latest container skiff knows of'
complete -c skiff -n "__fish_skiff_using_subcommand mount" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand umount" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand umount" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand umount" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand umount" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand umount" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand umount" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand umount" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand umount" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand umount" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand umount" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand umount" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand umount" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand umount" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand umount" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand umount" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand umount" -s a -l all -d 'Unmount every mounted container'
complete -c skiff -n "__fish_skiff_using_subcommand umount" -s f -l force -d 'Unmount even if the container was mounted more than once (or is busy)'
complete -c skiff -n "__fish_skiff_using_subcommand umount" -s l -l latest -d 'Act on the latest container skiff knows of'
complete -c skiff -n "__fish_skiff_using_subcommand umount" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand unmount" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand unmount" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand unmount" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand unmount" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand unmount" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand unmount" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand unmount" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand unmount" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand unmount" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand unmount" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand unmount" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand unmount" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand unmount" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand unmount" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand unmount" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand unmount" -s a -l all -d 'Unmount every mounted container'
complete -c skiff -n "__fish_skiff_using_subcommand unmount" -s f -l force -d 'Unmount even if the container was mounted more than once (or is busy)'
complete -c skiff -n "__fish_skiff_using_subcommand unmount" -s l -l latest -d 'Act on the latest container skiff knows of'
complete -c skiff -n "__fish_skiff_using_subcommand unmount" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls list ps stop kill rm remove wait logs inspect prune exists cp diff commit export mount umount unmount exec attach top pause stats update unpause restart rename port help" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls list ps stop kill rm remove wait logs inspect prune exists cp diff commit export mount umount unmount exec attach top pause stats update unpause restart rename port help" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls list ps stop kill rm remove wait logs inspect prune exists cp diff commit export mount umount unmount exec attach top pause stats update unpause restart rename port help" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls list ps stop kill rm remove wait logs inspect prune exists cp diff commit export mount umount unmount exec attach top pause stats update unpause restart rename port help" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls list ps stop kill rm remove wait logs inspect prune exists cp diff commit export mount umount unmount exec attach top pause stats update unpause restart rename port help" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls list ps stop kill rm remove wait logs inspect prune exists cp diff commit export mount umount unmount exec attach top pause stats update unpause restart rename port help" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls list ps stop kill rm remove wait logs inspect prune exists cp diff commit export mount umount unmount exec attach top pause stats update unpause restart rename port help" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls list ps stop kill rm remove wait logs inspect prune exists cp diff commit export mount umount unmount exec attach top pause stats update unpause restart rename port help" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls list ps stop kill rm remove wait logs inspect prune exists cp diff commit export mount umount unmount exec attach top pause stats update unpause restart rename port help" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls list ps stop kill rm remove wait logs inspect prune exists cp diff commit export mount umount unmount exec attach top pause stats update unpause restart rename port help" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls list ps stop kill rm remove wait logs inspect prune exists cp diff commit export mount umount unmount exec attach top pause stats update unpause restart rename port help" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls list ps stop kill rm remove wait logs inspect prune exists cp diff commit export mount umount unmount exec attach top pause stats update unpause restart rename port help" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls list ps stop kill rm remove wait logs inspect prune exists cp diff commit export mount umount unmount exec attach top pause stats update unpause restart rename port help" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls list ps stop kill rm remove wait logs inspect prune exists cp diff commit export mount umount unmount exec attach top pause stats update unpause restart rename port help" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls list ps stop kill rm remove wait logs inspect prune exists cp diff commit export mount umount unmount exec attach top pause stats update unpause restart rename port help" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls list ps stop kill rm remove wait logs inspect prune exists cp diff commit export mount umount unmount exec attach top pause stats update unpause restart rename port help" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls list ps stop kill rm remove wait logs inspect prune exists cp diff commit export mount umount unmount exec attach top pause stats update unpause restart rename port help" -f -a "run" -d 'The healthcheck flags of create and run (podman\'s, and docker\'s --health-start-interval)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls list ps stop kill rm remove wait logs inspect prune exists cp diff commit export mount umount unmount exec attach top pause stats update unpause restart rename port help" -f -a "create" -d 'The healthcheck flags of create and run (podman\'s, and docker\'s --health-start-interval)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls list ps stop kill rm remove wait logs inspect prune exists cp diff commit export mount umount unmount exec attach top pause stats update unpause restart rename port help" -f -a "start" -d 'Start one or more containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls list ps stop kill rm remove wait logs inspect prune exists cp diff commit export mount umount unmount exec attach top pause stats update unpause restart rename port help" -f -a "ls" -d 'List containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls list ps stop kill rm remove wait logs inspect prune exists cp diff commit export mount umount unmount exec attach top pause stats update unpause restart rename port help" -f -a "list" -d 'List containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls list ps stop kill rm remove wait logs inspect prune exists cp diff commit export mount umount unmount exec attach top pause stats update unpause restart rename port help" -f -a "ps" -d 'List containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls list ps stop kill rm remove wait logs inspect prune exists cp diff commit export mount umount unmount exec attach top pause stats update unpause restart rename port help" -f -a "stop" -d 'Stop one or more running containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls list ps stop kill rm remove wait logs inspect prune exists cp diff commit export mount umount unmount exec attach top pause stats update unpause restart rename port help" -f -a "kill" -d 'Kill one or more running containers with a signal'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls list ps stop kill rm remove wait logs inspect prune exists cp diff commit export mount umount unmount exec attach top pause stats update unpause restart rename port help" -f -a "rm" -d 'Remove one or more containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls list ps stop kill rm remove wait logs inspect prune exists cp diff commit export mount umount unmount exec attach top pause stats update unpause restart rename port help" -f -a "remove" -d 'Remove one or more containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls list ps stop kill rm remove wait logs inspect prune exists cp diff commit export mount umount unmount exec attach top pause stats update unpause restart rename port help" -f -a "wait" -d 'Wait for containers to stop and print their exit codes'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls list ps stop kill rm remove wait logs inspect prune exists cp diff commit export mount umount unmount exec attach top pause stats update unpause restart rename port help" -f -a "logs" -d 'Show the logs of a container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls list ps stop kill rm remove wait logs inspect prune exists cp diff commit export mount umount unmount exec attach top pause stats update unpause restart rename port help" -f -a "inspect" -d 'Display detailed information on containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls list ps stop kill rm remove wait logs inspect prune exists cp diff commit export mount umount unmount exec attach top pause stats update unpause restart rename port help" -f -a "prune" -d 'Remove all stopped containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls list ps stop kill rm remove wait logs inspect prune exists cp diff commit export mount umount unmount exec attach top pause stats update unpause restart rename port help" -f -a "exists" -d 'Check if a container exists (exit status 0 if it does, 1 if not)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls list ps stop kill rm remove wait logs inspect prune exists cp diff commit export mount umount unmount exec attach top pause stats update unpause restart rename port help" -f -a "cp" -d 'Copy files between a container and the host'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls list ps stop kill rm remove wait logs inspect prune exists cp diff commit export mount umount unmount exec attach top pause stats update unpause restart rename port help" -f -a "diff" -d 'Show the changes to a container\'s file system'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls list ps stop kill rm remove wait logs inspect prune exists cp diff commit export mount umount unmount exec attach top pause stats update unpause restart rename port help" -f -a "commit" -d 'Create an image from a container\'s changes'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls list ps stop kill rm remove wait logs inspect prune exists cp diff commit export mount umount unmount exec attach top pause stats update unpause restart rename port help" -f -a "export" -d 'Export a container\'s file system as a tar archive'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls list ps stop kill rm remove wait logs inspect prune exists cp diff commit export mount umount unmount exec attach top pause stats update unpause restart rename port help" -f -a "mount" -d 'Mount a container\'s root file system where the host can see it'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls list ps stop kill rm remove wait logs inspect prune exists cp diff commit export mount umount unmount exec attach top pause stats update unpause restart rename port help" -f -a "umount" -d 'Unmount a container\'s root file system'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls list ps stop kill rm remove wait logs inspect prune exists cp diff commit export mount umount unmount exec attach top pause stats update unpause restart rename port help" -f -a "unmount" -d 'Unmount a container\'s root file system'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls list ps stop kill rm remove wait logs inspect prune exists cp diff commit export mount umount unmount exec attach top pause stats update unpause restart rename port help" -f -a "exec" -d 'Run a command in a running container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls list ps stop kill rm remove wait logs inspect prune exists cp diff commit export mount umount unmount exec attach top pause stats update unpause restart rename port help" -f -a "attach" -d 'Attach to a running container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls list ps stop kill rm remove wait logs inspect prune exists cp diff commit export mount umount unmount exec attach top pause stats update unpause restart rename port help" -f -a "top" -d 'Display the running processes of a container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls list ps stop kill rm remove wait logs inspect prune exists cp diff commit export mount umount unmount exec attach top pause stats update unpause restart rename port help" -f -a "pause" -d 'Pause all processes within one or more containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls list ps stop kill rm remove wait logs inspect prune exists cp diff commit export mount umount unmount exec attach top pause stats update unpause restart rename port help" -f -a "stats" -d 'Display a live stream of container resource usage statistics'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls list ps stop kill rm remove wait logs inspect prune exists cp diff commit export mount umount unmount exec attach top pause stats update unpause restart rename port help" -f -a "update" -d 'The resource limit flags of create, run and update (podman\'s)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls list ps stop kill rm remove wait logs inspect prune exists cp diff commit export mount umount unmount exec attach top pause stats update unpause restart rename port help" -f -a "unpause" -d 'Unpause all processes within one or more containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls list ps stop kill rm remove wait logs inspect prune exists cp diff commit export mount umount unmount exec attach top pause stats update unpause restart rename port help" -f -a "restart" -d 'Restart one or more containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls list ps stop kill rm remove wait logs inspect prune exists cp diff commit export mount umount unmount exec attach top pause stats update unpause restart rename port help" -f -a "rename" -d 'Rename a container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls list ps stop kill rm remove wait logs inspect prune exists cp diff commit export mount umount unmount exec attach top pause stats update unpause restart rename port help" -f -a "port" -d 'List port mappings of a container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls list ps stop kill rm remove wait logs inspect prune exists cp diff commit export mount umount unmount exec attach top pause stats update unpause restart rename port help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l detach-keys -d 'Key sequence that detaches from the container (foreground -it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l sig-proxy -d 'Proxy received signals to the container (foreground runs)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l name -d 'Assign a name to the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -s e -l env -d 'Set environment variables (NAME=value, or NAME to copy the host\'s)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l env-file -d 'Read environment variables from a file' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l entrypoint -d 'Overwrite the image\'s entrypoint: a command, or a JSON array (`["sh","-c"]`)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -s w -l workdir -d 'Working directory inside the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -s u -l user -d 'Username or UID (format: <name|uid>[:<group|gid>])' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l group-add -d 'Additional groups to join' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -s h -l hostname -d 'Container host name' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l domainname -d 'Container NIS domain name' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l ulimit -d 'Ulimit options (name=soft[:hard])' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l stop-signal -d 'Signal to stop the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l stop-timeout -d 'Seconds to wait before killing the container on stop' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -s l -l label -d 'Set metadata on the container (key=value)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l label-file -d 'Read labels from a file' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l cidfile -d 'Write the container ID to a file' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -s v -l volume -d 'Bind mount a host path or mount a volume: [SOURCE:]DESTINATION[:OPTIONS]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l mount -d 'Attach a mount: type=bind|volume|tmpfs,source=...,destination=...[,readonly,...]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l tmpfs -d 'Mount a tmpfs: PATH[:OPTIONS] (size=, mode=, ro, exec...)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l volumes-from -d 'Mount the volumes of another container: CONTAINER[:ro|rw]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l pull -d 'Pull the image: missing (if not stored), always, newer (if the registry\'s differs), never' -r -f -a "missing\t''
Missing\t''
ifnotpresent\t''
IfNotPresent\t''
never\t''
Never\t''
always\t''
Always\t''
newer\t''
Newer\t''
ifnewer\t''
IfNewer\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l authfile -d 'Path of the authentication file (default: ${XDG_RUNTIME_DIR}/containers/auth.json)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l cert-dir -d 'Directory with certificates (*.crt) and client keys (*.cert, *.key) for the registry' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l creds -d 'Credentials (USERNAME[:PASSWORD]) to use with the registry' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l tls-verify -d 'Require HTTPS and verify certificates (false also allows plain HTTP)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l platform -d 'Pull the image for this platform (os/arch[/variant]) instead of the host\'s' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l arch -d 'Use this architecture instead of the host\'s' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l os -d 'Use this operating system instead of the host\'s' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l variant -d 'Use this architecture variant instead of the host\'s' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l network -l net -d 'Network: bridge (the default network; default for root), NAME[,NAME], none, host, container:NAME, private (loopback only; default for other users)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l network-alias -l net-alias -d 'Another name for the container on its networks (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l ip -d 'The container\'s IPv4 address on its network' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l ip6 -d 'The container\'s IPv6 address on its network (an --ipv6 network)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l mac-address -d 'The container\'s MAC address on its network' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -s p -l publish -d 'Publish a port: [IP:][HOST_PORT:]CONTAINER_PORT[/PROTOCOL] (ranges allowed)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l expose -d 'Expose a port (or range) without publishing it' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l dns -d 'DNS server for the container\'s resolv.conf (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l dns-search -d 'DNS search domain (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l dns-option -l dns-opt -d 'DNS resolver option (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l add-host -d 'Add a host entry: HOST:IP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l link -d 'Link to another container: NAME[:ALIAS] (docker\'s legacy form)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l cap-add -d 'Add Linux capabilities' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l cap-drop -d 'Drop Linux capabilities' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l security-opt -d 'Security options (no-new-privileges[=false], seccomp=unconfined|FILE, label=...)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l tz -d 'Set the container\'s time zone: a zone such as Europe/Berlin, or local for the host\'s' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l userns -d 'User namespace: host, keep-id' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l log-driver -d 'Logging driver: k8s-file (default), json-file, journald, syslog, fluentd, none, passthrough' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l log-opt -d 'Logging driver options (KEY=VALUE, repeatable): max-size, max-file, compress, tag, syslog-*, fluentd-*' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l restart -d 'Restart policy: no, always, on-failure[:N], unless-stopped' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l memory -d 'Memory limit (format: <number>[<unit>], where unit = b (bytes), k (kibibytes), m (mebibytes), or g (gibibytes))' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l memory-reservation -d 'Memory soft limit (format: <number>[<unit>], where unit = b (bytes), k (kibibytes), m (mebibytes), or g (gibibytes))' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l memory-swap -d 'Swap limit equal to memory plus swap: \'-1\' to enable unlimited swap' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l memory-swappiness -d 'Tune container memory swappiness (0 to 100, or -1 for system default)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l cpus -d 'Number of CPUs. The default is 0.000 which means no limit' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l cpu-period -d 'Limit the CPU CFS (Completely Fair Scheduler) period' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l cpu-quota -d 'Limit the CPU CFS (Completely Fair Scheduler) quota' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l cpu-shares -d 'CPU shares (relative weight)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l cpu-rt-period -d 'Limit the CPU real-time period in microseconds' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l cpu-rt-runtime -d 'Limit the CPU real-time runtime in microseconds' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l cpuset-cpus -d 'CPUs in which to allow execution (0-3, 0,1)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l cpuset-mems -d 'Memory nodes (MEMs) in which to allow execution (0-3, 0,1). Only effective on NUMA systems' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l pids-limit -d 'Tune container pids limit (set -1 for unlimited)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l blkio-weight -d 'Block IO weight (relative weight) accepts a weight value between 10 and 1000' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l blkio-weight-device -d 'Block IO weight (relative device weight, format: DEVICE_NAME:WEIGHT)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l device-read-bps -d 'Limit read rate (bytes per second) from a device (e.g. --device-read-bps=/dev/sda:1mb)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l device-write-bps -d 'Limit write rate (bytes per second) to a device (e.g. --device-write-bps=/dev/sda:1mb)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l device-read-iops -d 'Limit read rate (IO per second) from a device (e.g. --device-read-iops=/dev/sda:1000)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l device-write-iops -d 'Limit write rate (IO per second) to a device (e.g. --device-write-iops=/dev/sda:1000)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l cgroup-conf -d 'Configure cgroup v2 (key=value)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l health-cmd -d 'set a healthcheck command for the container (\'none\' disables the existing healthcheck)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l health-interval -d 'set an interval for the healthcheck (a value of disable results in no automatic timer setup) (default "30s")' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l health-on-failure -d 'action to take once the container turns unhealthy (none, kill, restart, stop) (default "none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l health-retries -d 'the number of retries allowed before a healthcheck is considered to be unhealthy (default 3)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l health-start-period -d 'the initialization time needed for a container to bootstrap (default "0s")' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l health-start-interval -d 'the time between checks during the start period (default "5s")' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l health-timeout -d 'the maximum time allowed to complete the healthcheck before an interval is considered failed (default "30s")' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l cgroup-parent -d 'Optional parent cgroup for the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l cgroups -d 'Control container cgroup configuration ("enabled"|"disabled"|"no-conmon"|"split")' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l cgroupns -d 'cgroup namespace to use (private, host)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l oom-score-adj -d 'Tune the host\'s OOM preferences (-1000 to 1000)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l kernel-memory -d 'Kernel memory limit (accepted and ignored, as docker and podman do)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -s d -l detach -d 'Run in the background and print the container ID'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l init -d 'Run an init inside the container that forwards signals and reaps processes'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -s i -l interactive -d 'Keep STDIN open'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -s t -l tty -d 'Allocate a pseudo-TTY'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -s P -l publish-all -d 'Publish every exposed port on a random host port'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l privileged -d 'Give extended privileges to the container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l read-only -d 'Mount the container\'s root file system read-only'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l rm -d 'Remove the container when it exits'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l replace -d 'Replace a container of the same name (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l no-healthcheck -d 'Disable healthchecks on container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l oom-kill-disable -d 'Disable OOM Killer (cgroup v1)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -s q -l quiet -d 'Suppress pull output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l help -d 'Print help (`-h` is --hostname, as in docker)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l name -d 'Assign a name to the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -s e -l env -d 'Set environment variables (NAME=value, or NAME to copy the host\'s)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l env-file -d 'Read environment variables from a file' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l entrypoint -d 'Overwrite the image\'s entrypoint: a command, or a JSON array (`["sh","-c"]`)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -s w -l workdir -d 'Working directory inside the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -s u -l user -d 'Username or UID (format: <name|uid>[:<group|gid>])' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l group-add -d 'Additional groups to join' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -s h -l hostname -d 'Container host name' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l domainname -d 'Container NIS domain name' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l ulimit -d 'Ulimit options (name=soft[:hard])' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l stop-signal -d 'Signal to stop the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l stop-timeout -d 'Seconds to wait before killing the container on stop' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -s l -l label -d 'Set metadata on the container (key=value)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l label-file -d 'Read labels from a file' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l cidfile -d 'Write the container ID to a file' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -s v -l volume -d 'Bind mount a host path or mount a volume: [SOURCE:]DESTINATION[:OPTIONS]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l mount -d 'Attach a mount: type=bind|volume|tmpfs,source=...,destination=...[,readonly,...]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l tmpfs -d 'Mount a tmpfs: PATH[:OPTIONS] (size=, mode=, ro, exec...)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l volumes-from -d 'Mount the volumes of another container: CONTAINER[:ro|rw]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l pull -d 'Pull the image: missing (if not stored), always, newer (if the registry\'s differs), never' -r -f -a "missing\t''
Missing\t''
ifnotpresent\t''
IfNotPresent\t''
never\t''
Never\t''
always\t''
Always\t''
newer\t''
Newer\t''
ifnewer\t''
IfNewer\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l authfile -d 'Path of the authentication file (default: ${XDG_RUNTIME_DIR}/containers/auth.json)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l cert-dir -d 'Directory with certificates (*.crt) and client keys (*.cert, *.key) for the registry' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l creds -d 'Credentials (USERNAME[:PASSWORD]) to use with the registry' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l tls-verify -d 'Require HTTPS and verify certificates (false also allows plain HTTP)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l platform -d 'Pull the image for this platform (os/arch[/variant]) instead of the host\'s' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l arch -d 'Use this architecture instead of the host\'s' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l os -d 'Use this operating system instead of the host\'s' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l variant -d 'Use this architecture variant instead of the host\'s' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l network -l net -d 'Network: bridge (the default network; default for root), NAME[,NAME], none, host, container:NAME, private (loopback only; default for other users)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l network-alias -l net-alias -d 'Another name for the container on its networks (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l ip -d 'The container\'s IPv4 address on its network' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l ip6 -d 'The container\'s IPv6 address on its network (an --ipv6 network)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l mac-address -d 'The container\'s MAC address on its network' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -s p -l publish -d 'Publish a port: [IP:][HOST_PORT:]CONTAINER_PORT[/PROTOCOL] (ranges allowed)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l expose -d 'Expose a port (or range) without publishing it' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l dns -d 'DNS server for the container\'s resolv.conf (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l dns-search -d 'DNS search domain (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l dns-option -l dns-opt -d 'DNS resolver option (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l add-host -d 'Add a host entry: HOST:IP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l link -d 'Link to another container: NAME[:ALIAS] (docker\'s legacy form)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l cap-add -d 'Add Linux capabilities' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l cap-drop -d 'Drop Linux capabilities' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l security-opt -d 'Security options (no-new-privileges[=false], seccomp=unconfined|FILE, label=...)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l tz -d 'Set the container\'s time zone: a zone such as Europe/Berlin, or local for the host\'s' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l userns -d 'User namespace: host, keep-id' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l log-driver -d 'Logging driver: k8s-file (default), json-file, journald, syslog, fluentd, none, passthrough' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l log-opt -d 'Logging driver options (KEY=VALUE, repeatable): max-size, max-file, compress, tag, syslog-*, fluentd-*' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l restart -d 'Restart policy: no, always, on-failure[:N], unless-stopped' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l memory -d 'Memory limit (format: <number>[<unit>], where unit = b (bytes), k (kibibytes), m (mebibytes), or g (gibibytes))' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l memory-reservation -d 'Memory soft limit (format: <number>[<unit>], where unit = b (bytes), k (kibibytes), m (mebibytes), or g (gibibytes))' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l memory-swap -d 'Swap limit equal to memory plus swap: \'-1\' to enable unlimited swap' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l memory-swappiness -d 'Tune container memory swappiness (0 to 100, or -1 for system default)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l cpus -d 'Number of CPUs. The default is 0.000 which means no limit' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l cpu-period -d 'Limit the CPU CFS (Completely Fair Scheduler) period' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l cpu-quota -d 'Limit the CPU CFS (Completely Fair Scheduler) quota' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l cpu-shares -d 'CPU shares (relative weight)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l cpu-rt-period -d 'Limit the CPU real-time period in microseconds' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l cpu-rt-runtime -d 'Limit the CPU real-time runtime in microseconds' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l cpuset-cpus -d 'CPUs in which to allow execution (0-3, 0,1)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l cpuset-mems -d 'Memory nodes (MEMs) in which to allow execution (0-3, 0,1). Only effective on NUMA systems' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l pids-limit -d 'Tune container pids limit (set -1 for unlimited)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l blkio-weight -d 'Block IO weight (relative weight) accepts a weight value between 10 and 1000' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l blkio-weight-device -d 'Block IO weight (relative device weight, format: DEVICE_NAME:WEIGHT)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l device-read-bps -d 'Limit read rate (bytes per second) from a device (e.g. --device-read-bps=/dev/sda:1mb)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l device-write-bps -d 'Limit write rate (bytes per second) to a device (e.g. --device-write-bps=/dev/sda:1mb)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l device-read-iops -d 'Limit read rate (IO per second) from a device (e.g. --device-read-iops=/dev/sda:1000)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l device-write-iops -d 'Limit write rate (IO per second) to a device (e.g. --device-write-iops=/dev/sda:1000)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l cgroup-conf -d 'Configure cgroup v2 (key=value)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l health-cmd -d 'set a healthcheck command for the container (\'none\' disables the existing healthcheck)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l health-interval -d 'set an interval for the healthcheck (a value of disable results in no automatic timer setup) (default "30s")' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l health-on-failure -d 'action to take once the container turns unhealthy (none, kill, restart, stop) (default "none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l health-retries -d 'the number of retries allowed before a healthcheck is considered to be unhealthy (default 3)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l health-start-period -d 'the initialization time needed for a container to bootstrap (default "0s")' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l health-start-interval -d 'the time between checks during the start period (default "5s")' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l health-timeout -d 'the maximum time allowed to complete the healthcheck before an interval is considered failed (default "30s")' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l cgroup-parent -d 'Optional parent cgroup for the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l cgroups -d 'Control container cgroup configuration ("enabled"|"disabled"|"no-conmon"|"split")' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l cgroupns -d 'cgroup namespace to use (private, host)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l oom-score-adj -d 'Tune the host\'s OOM preferences (-1000 to 1000)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l kernel-memory -d 'Kernel memory limit (accepted and ignored, as docker and podman do)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l init -d 'Run an init inside the container that forwards signals and reaps processes'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -s i -l interactive -d 'Keep STDIN open'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -s t -l tty -d 'Allocate a pseudo-TTY'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -s P -l publish-all -d 'Publish every exposed port on a random host port'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l privileged -d 'Give extended privileges to the container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l read-only -d 'Mount the container\'s root file system read-only'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l rm -d 'Remove the container when it exits'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l replace -d 'Replace a container of the same name (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l no-healthcheck -d 'Disable healthchecks on container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l oom-kill-disable -d 'Disable OOM Killer (cgroup v1)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Suppress pull output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l help -d 'Print help (`-h` is --hostname, as in docker)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -s f -l filter -d 'Filter the containers to start (name=, id=, label=, status=...)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -l sig-proxy -d 'Proxy received signals to the container (with --attach)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -l detach-keys -d 'Key sequence that detaches from the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -s a -l attach -d 'Attach stdout/stderr and forward signals'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -l all -d 'Start all containers regardless of their state or configuration'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -s l -l latest -d 'Act on the latest container skiff knows of'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -s i -l interactive -d 'Attach stdin'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -s n -l last -d 'Print the n last created containers (all states)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -s f -l filter -d 'Filter output (id=, name=, label=, status=, exited=, ancestor=, before=, since=, until=, volume=, network=)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -l format -d 'Pretty-print containers to JSON or using a Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -l sort -d 'Sort output by: command, created, id, image, names, runningfor, size, status' -r -f -a "command\t''
created\t''
id\t''
image\t''
names\t''
runningfor\t''
size\t''
status\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -s w -l watch -d 'Watch the ps output on an interval in seconds' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -s a -l all -d 'Show all the containers, default is only running containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print container IDs only'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -s l -l latest -d 'Act on the latest container skiff knows of'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -l no-trunc -d 'Display the extended information'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -s s -l size -d 'Display the total file sizes'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -l noheading -d 'Do not print headers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -l external -d 'Show containers in storage not controlled by skiff (there are none: skiff has no storage shared with other tools)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -l ns -d 'Display namespace information'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -l sync -d 'Sync container state with the runtime (skiff always reads the current state)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -s n -l last -d 'Print the n last created containers (all states)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -s f -l filter -d 'Filter output (id=, name=, label=, status=, exited=, ancestor=, before=, since=, until=, volume=, network=)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -l format -d 'Pretty-print containers to JSON or using a Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -l sort -d 'Sort output by: command, created, id, image, names, runningfor, size, status' -r -f -a "command\t''
created\t''
id\t''
image\t''
names\t''
runningfor\t''
size\t''
status\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -s w -l watch -d 'Watch the ps output on an interval in seconds' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -s a -l all -d 'Show all the containers, default is only running containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print container IDs only'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -s l -l latest -d 'Act on the latest container skiff knows of'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -l no-trunc -d 'Display the extended information'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -s s -l size -d 'Display the total file sizes'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -l noheading -d 'Do not print headers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -l external -d 'Show containers in storage not controlled by skiff (there are none: skiff has no storage shared with other tools)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -l ns -d 'Display namespace information'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -l sync -d 'Sync container state with the runtime (skiff always reads the current state)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -s n -l last -d 'Print the n last created containers (all states)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -s f -l filter -d 'Filter output (id=, name=, label=, status=, exited=, ancestor=, before=, since=, until=, volume=, network=)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -l format -d 'Pretty-print containers to JSON or using a Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -l sort -d 'Sort output by: command, created, id, image, names, runningfor, size, status' -r -f -a "command\t''
created\t''
id\t''
image\t''
names\t''
runningfor\t''
size\t''
status\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -s w -l watch -d 'Watch the ps output on an interval in seconds' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -s a -l all -d 'Show all the containers, default is only running containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -s q -l quiet -d 'Print container IDs only'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -s l -l latest -d 'Act on the latest container skiff knows of'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -l no-trunc -d 'Display the extended information'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -s s -l size -d 'Display the total file sizes'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -l noheading -d 'Do not print headers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -l external -d 'Show containers in storage not controlled by skiff (there are none: skiff has no storage shared with other tools)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -l ns -d 'Display namespace information'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -l sync -d 'Sync container state with the runtime (skiff always reads the current state)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -s t -l time -l timeout -d 'Seconds to wait for stop before killing the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -l cidfile -d 'Read the container ID from the file' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -s f -l filter -d 'Filter the containers to stop' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -s a -l all -d 'Stop all running containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -s i -l ignore -d 'Ignore errors when a specified container is missing'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -s l -l latest -d 'Act on the latest container skiff knows of'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from kill" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from kill" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from kill" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from kill" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from kill" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from kill" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from kill" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from kill" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from kill" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from kill" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from kill" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from kill" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from kill" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from kill" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from kill" -s s -l signal -d 'Signal to send (name or number)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from kill" -l cidfile -d 'Read the container ID from the file' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from kill" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from kill" -s a -l all -d 'Signal all running containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from kill" -s l -l latest -d 'Act on the latest container skiff knows of'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from kill" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -s t -l time -d 'Seconds to wait for stop before killing the container (with -f: without it a running container is killed at once)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -l cidfile -d 'Read the container ID from the file' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -l filter -d 'Filter the containers to remove' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -s f -l force -d 'Force removal of a running or unusable container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -s v -l volumes -d 'Remove anonymous volumes associated with the container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -s a -l all -d 'Remove all containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -s i -l ignore -d 'Ignore errors when a specified container is missing'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -l depend -d 'Remove the container and all containers that depend on it'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -s l -l latest -d 'Act on the latest container skiff knows of'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from remove" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from remove" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from remove" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from remove" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from remove" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from remove" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from remove" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from remove" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from remove" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from remove" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from remove" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from remove" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from remove" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from remove" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from remove" -s t -l time -d 'Seconds to wait for stop before killing the container (with -f: without it a running container is killed at once)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from remove" -l cidfile -d 'Read the container ID from the file' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from remove" -l filter -d 'Filter the containers to remove' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from remove" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from remove" -s f -l force -d 'Force removal of a running or unusable container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from remove" -s v -l volumes -d 'Remove anonymous volumes associated with the container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from remove" -s a -l all -d 'Remove all containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from remove" -s i -l ignore -d 'Ignore errors when a specified container is missing'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from remove" -l depend -d 'Remove the container and all containers that depend on it'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from remove" -s l -l latest -d 'Act on the latest container skiff knows of'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from wait" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from wait" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from wait" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from wait" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from wait" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from wait" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from wait" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from wait" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from wait" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from wait" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from wait" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from wait" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from wait" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from wait" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from wait" -l condition -d 'Condition to wait on (repeatable; podman\'s states: created, running, paused, stopped, exited, stopping, removing..., docker\'s not-running, next-exit, removed)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from wait" -s i -l interval -d 'Time interval to wait before polling for completion' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from wait" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from wait" -s l -l latest -d 'Act on the latest container skiff knows of'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from wait" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -l tail -d 'Number of lines to show from the end of the logs (or "all", -1)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -l since -d 'Show logs since a time (RFC 3339, Unix seconds, or a duration like 10m)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -l until -d 'Show logs before a time' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -s f -l follow -d 'Follow log output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -s n -l names -d 'Output the container name in the log (podman\'s -n; docker\'s -n is --tail)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -l color -d 'Output the containers with different colors in the log'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -s t -l timestamps -d 'Show timestamps'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -s l -l latest -d 'Act on the latest container skiff knows of'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from inspect" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from inspect" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from inspect" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from inspect" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from inspect" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from inspect" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from inspect" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from inspect" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from inspect" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from inspect" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from inspect" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from inspect" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from inspect" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from inspect" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from inspect" -s f -l format -d 'Format the output to a Go template or json' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from inspect" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from inspect" -s s -l size -d 'Display total file size'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from inspect" -s l -l latest -d 'Act on the latest container skiff knows of'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from prune" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from prune" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from prune" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from prune" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from prune" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from prune" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from prune" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from prune" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from prune" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from prune" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from prune" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from prune" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from prune" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from prune" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from prune" -l filter -d 'Filter (until=, label=)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from prune" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not prompt for confirmation'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exists" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exists" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exists" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exists" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exists" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exists" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exists" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exists" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exists" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exists" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exists" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exists" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exists" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exists" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exists" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exists" -l external -d 'Check external containers too (skiff\'s store is its own: there are none)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exists" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cp" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cp" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cp" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cp" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cp" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cp" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cp" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cp" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cp" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cp" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cp" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cp" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cp" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cp" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cp" -s a -l archive -d 'Chown copied files to the primary uid/gid of the destination container (default true; false keeps the source\'s owners)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cp" -l pause -d 'Accepted for podman (deprecated there, a no-op)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cp" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cp" -s L -l follow-link -d 'Accepted for docker: a symlink at the source path is always followed'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cp" -l overwrite -d 'Allow to overwrite directories with non-directories and vice versa'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cp" -s q -l quiet -d 'Suppress progress output (accepted: there is none)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cp" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from diff" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from diff" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from diff" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from diff" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from diff" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from diff" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from diff" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from diff" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from diff" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from diff" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from diff" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from diff" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from diff" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from diff" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from diff" -l format -d 'Output format: json (the default is docker\'s `C /path` lines)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from diff" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from diff" -s l -l latest -d 'Act on the latest container skiff knows of'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from diff" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -s a -l author -d 'Author of the image' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -s m -l message -d 'Commit message' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -s c -l change -d 'Apply a Dockerfile instruction to the image (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -s p -l pause -d 'Pause the container while committing' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -s f -l format -d 'Image format (oci; docker is accepted, the manifest is OCI)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -l iidfile -d 'Write the image ID to this file' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -s s -l squash -d 'Squash the image\'s layers and the changes into one layer'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -s q -l quiet -d 'Print only the image ID'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -l include-volumes -d 'Include the container\'s volumes as image volumes'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from export" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from export" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from export" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from export" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from export" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from export" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from export" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from export" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from export" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from export" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from export" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from export" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from export" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from export" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from export" -s o -l output -d 'Write to this file instead of stdout' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from export" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from mount" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from mount" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from mount" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from mount" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from mount" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from mount" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from mount" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from mount" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from mount" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from mount" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from mount" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from mount" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from mount" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from mount" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from mount" -l format -d 'Print the mounted containers as json, or with a Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from mount" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from mount" -s a -l all -d 'Mount every container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from mount" -l no-trunc -l notruncate -d 'Do not truncate container IDs'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from mount" -s l -l latest -d 'Act on the latest container skiff knows of'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from mount" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from umount" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from umount" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from umount" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from umount" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from umount" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from umount" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from umount" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from umount" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from umount" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from umount" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from umount" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from umount" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from umount" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from umount" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from umount" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from umount" -s a -l all -d 'Unmount every mounted container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from umount" -s f -l force -d 'Unmount even if the container was mounted more than once (or is busy)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from umount" -s l -l latest -d 'Act on the latest container skiff knows of'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from umount" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unmount" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unmount" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unmount" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unmount" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unmount" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unmount" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unmount" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unmount" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unmount" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unmount" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unmount" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unmount" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unmount" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unmount" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unmount" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unmount" -s a -l all -d 'Unmount every mounted container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unmount" -s f -l force -d 'Unmount even if the container was mounted more than once (or is busy)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unmount" -s l -l latest -d 'Act on the latest container skiff knows of'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unmount" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -s e -l env -d 'Set environment variables' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -l env-file -d 'Read environment variables from a file' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -s u -l user -d 'Username or UID (format: <name|uid>[:<group|gid>])' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -s w -l workdir -d 'Working directory inside the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -l detach-keys -d 'Key sequence that detaches from the command (-it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -s l -l latest -d 'Act on the latest container skiff knows of'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -s i -l interactive -d 'Keep STDIN open'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -s t -l tty -d 'Allocate a pseudo-TTY'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -s d -l detach -d 'Run the command in the background'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -l privileged -d 'Give extended privileges to the command'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from attach" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from attach" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from attach" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from attach" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from attach" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from attach" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from attach" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from attach" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from attach" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from attach" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from attach" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from attach" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from attach" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from attach" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from attach" -l sig-proxy -d 'Proxy received signals to the container (without a terminal)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from attach" -l detach-keys -d 'Key sequence that detaches from the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from attach" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from attach" -s l -l latest -d 'Act on the latest container skiff knows of'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from attach" -l no-stdin -d 'Do not attach STDIN'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from attach" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from top" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from top" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from top" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from top" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from top" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from top" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from top" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from top" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from top" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from top" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from top" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from top" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from top" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from top" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from top" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from top" -s l -l latest -d 'Act on the latest container skiff knows of'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from top" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from pause" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from pause" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from pause" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from pause" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from pause" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from pause" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from pause" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from pause" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from pause" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from pause" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from pause" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from pause" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from pause" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from pause" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from pause" -l cidfile -d 'Read the container ID from the file' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from pause" -s f -l filter -d 'Filter the containers to act on' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from pause" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from pause" -s a -l all -d 'Act on all running (pause) or paused (unpause) containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from pause" -s l -l latest -d 'Act on the latest container skiff knows of'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from pause" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stats" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stats" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stats" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stats" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stats" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stats" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stats" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stats" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stats" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stats" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stats" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stats" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stats" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stats" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stats" -l format -d 'Pretty-print container statistics to JSON or using a Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stats" -s i -l interval -d 'Time in seconds between stats reports' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stats" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stats" -s a -l all -d 'Show all containers. Only running containers are shown by default. The default is false'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stats" -l no-reset -d 'Disable resetting the screen between intervals'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stats" -l no-stream -d 'Disable streaming stats and only pull the first result, default setting is false'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stats" -l no-trunc -d 'Do not truncate output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stats" -s l -l latest -d 'Act on the latest container skiff knows of'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stats" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l memory -d 'Memory limit (format: <number>[<unit>], where unit = b (bytes), k (kibibytes), m (mebibytes), or g (gibibytes))' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l memory-reservation -d 'Memory soft limit (format: <number>[<unit>], where unit = b (bytes), k (kibibytes), m (mebibytes), or g (gibibytes))' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l memory-swap -d 'Swap limit equal to memory plus swap: \'-1\' to enable unlimited swap' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l memory-swappiness -d 'Tune container memory swappiness (0 to 100, or -1 for system default)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l cpus -d 'Number of CPUs. The default is 0.000 which means no limit' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l cpu-period -d 'Limit the CPU CFS (Completely Fair Scheduler) period' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l cpu-quota -d 'Limit the CPU CFS (Completely Fair Scheduler) quota' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l cpu-shares -d 'CPU shares (relative weight)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l cpu-rt-period -d 'Limit the CPU real-time period in microseconds' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l cpu-rt-runtime -d 'Limit the CPU real-time runtime in microseconds' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l cpuset-cpus -d 'CPUs in which to allow execution (0-3, 0,1)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l cpuset-mems -d 'Memory nodes (MEMs) in which to allow execution (0-3, 0,1). Only effective on NUMA systems' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l pids-limit -d 'Tune container pids limit (set -1 for unlimited)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l blkio-weight -d 'Block IO weight (relative weight) accepts a weight value between 10 and 1000' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l blkio-weight-device -d 'Block IO weight (relative device weight, format: DEVICE_NAME:WEIGHT)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l device-read-bps -d 'Limit read rate (bytes per second) from a device (e.g. --device-read-bps=/dev/sda:1mb)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l device-write-bps -d 'Limit write rate (bytes per second) to a device (e.g. --device-write-bps=/dev/sda:1mb)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l device-read-iops -d 'Limit read rate (IO per second) from a device (e.g. --device-read-iops=/dev/sda:1000)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l device-write-iops -d 'Limit write rate (IO per second) to a device (e.g. --device-write-iops=/dev/sda:1000)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l cgroup-conf -d 'Configure cgroup v2 (key=value)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l restart -d 'Restart policy: no, always, on-failure[:N], unless-stopped' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l kernel-memory -d 'Kernel memory limit (accepted and ignored, as docker and podman do)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unpause" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unpause" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unpause" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unpause" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unpause" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unpause" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unpause" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unpause" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unpause" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unpause" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unpause" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unpause" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unpause" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unpause" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unpause" -l cidfile -d 'Read the container ID from the file' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unpause" -s f -l filter -d 'Filter the containers to act on' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unpause" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unpause" -s a -l all -d 'Act on all running (pause) or paused (unpause) containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unpause" -s l -l latest -d 'Act on the latest container skiff knows of'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unpause" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from restart" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from restart" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from restart" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from restart" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from restart" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from restart" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from restart" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from restart" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from restart" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from restart" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from restart" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from restart" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from restart" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from restart" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from restart" -s t -l time -l timeout -d 'Seconds to wait for stop before killing the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from restart" -l cidfile -d 'Read the container ID from the file' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from restart" -s f -l filter -d 'Filter the containers to restart' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from restart" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from restart" -s a -l all -d 'Restart all non-running containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from restart" -l running -d 'Restart only running containers (with --all)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from restart" -s l -l latest -d 'Act on the latest container skiff knows of'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from restart" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rename" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rename" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rename" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rename" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rename" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rename" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rename" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rename" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rename" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rename" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rename" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rename" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rename" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rename" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rename" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rename" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from port" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from port" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from port" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from port" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from port" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from port" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from port" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from port" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from port" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from port" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from port" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from port" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from port" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from port" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from port" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from port" -s a -l all -d 'Display port information for all containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from port" -s l -l latest -d 'Act on the latest container skiff knows of'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from port" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "run" -d 'Create and run a new container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a new container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "start" -d 'Start one or more containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "ls" -d 'List containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "stop" -d 'Stop one or more running containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "kill" -d 'Kill one or more running containers with a signal'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Remove one or more containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "wait" -d 'Wait for containers to stop and print their exit codes'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "logs" -d 'Show the logs of a container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "inspect" -d 'Display detailed information on containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "prune" -d 'Remove all stopped containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "exists" -d 'Check if a container exists (exit status 0 if it does, 1 if not)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "cp" -d 'Copy files between a container and the host'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "diff" -d 'Show the changes to a container\'s file system'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "commit" -d 'Create an image from a container\'s changes'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "export" -d 'Export a container\'s file system as a tar archive'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "mount" -d 'Mount a container\'s root file system where the host can see it'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "umount" -d 'Unmount a container\'s root file system'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "exec" -d 'Run a command in a running container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "attach" -d 'Attach to a running container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "top" -d 'Display the running processes of a container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "pause" -d 'Pause all processes within one or more containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "stats" -d 'Display a live stream of container resource usage statistics'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "update" -d 'Update the cgroup configuration of containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "unpause" -d 'Unpause all processes within one or more containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "restart" -d 'Restart one or more containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "rename" -d 'Rename a container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "port" -d 'List port mappings of a container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand images" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand images" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand images" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand images" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand images" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand images" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand images" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand images" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand images" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand images" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand images" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand images" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand images" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand images" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand images" -s f -l filter -d 'Filter output (dangling=, reference=, label=, before=, since=, until=, id=)' -r
complete -c skiff -n "__fish_skiff_using_subcommand images" -l format -d 'Format output with a Go template, \'table TEMPLATE\' or \'json\'' -r
complete -c skiff -n "__fish_skiff_using_subcommand images" -l sort -d 'Sort by created, id, repository, size or tag' -r -f -a "created\t''
id\t''
repository\t''
size\t''
tag\t''"
complete -c skiff -n "__fish_skiff_using_subcommand images" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand images" -s a -l all -d 'Show all images (by default intermediate images are hidden)'
complete -c skiff -n "__fish_skiff_using_subcommand images" -l digests -d 'Show digests'
complete -c skiff -n "__fish_skiff_using_subcommand images" -l no-trunc -d 'Do not truncate output'
complete -c skiff -n "__fish_skiff_using_subcommand images" -s q -l quiet -d 'Only show image IDs'
complete -c skiff -n "__fish_skiff_using_subcommand images" -s n -l noheading -d 'Do not print column headings'
complete -c skiff -n "__fish_skiff_using_subcommand images" -l history -d 'Display the image name history'
complete -c skiff -n "__fish_skiff_using_subcommand images" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image-ls" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image-ls" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image-ls" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image-ls" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image-ls" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand image-ls" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image-ls" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image-ls" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image-ls" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image-ls" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image-ls" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand image-ls" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image-ls" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image-ls" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image-ls" -s f -l filter -d 'Filter output (dangling=, reference=, label=, before=, since=, until=, id=)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image-ls" -l format -d 'Format output with a Go template, \'table TEMPLATE\' or \'json\'' -r
complete -c skiff -n "__fish_skiff_using_subcommand image-ls" -l sort -d 'Sort by created, id, repository, size or tag' -r -f -a "created\t''
id\t''
repository\t''
size\t''
tag\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image-ls" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand image-ls" -s a -l all -d 'Show all images (by default intermediate images are hidden)'
complete -c skiff -n "__fish_skiff_using_subcommand image-ls" -l digests -d 'Show digests'
complete -c skiff -n "__fish_skiff_using_subcommand image-ls" -l no-trunc -d 'Do not truncate output'
complete -c skiff -n "__fish_skiff_using_subcommand image-ls" -s q -l quiet -d 'Only show image IDs'
complete -c skiff -n "__fish_skiff_using_subcommand image-ls" -s n -l noheading -d 'Do not print column headings'
complete -c skiff -n "__fish_skiff_using_subcommand image-ls" -l history -d 'Display the image name history'
complete -c skiff -n "__fish_skiff_using_subcommand image-ls" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list rm remove rmi prune tag untag load save import history pull build push search inspect exists help" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list rm remove rmi prune tag untag load save import history pull build push search inspect exists help" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list rm remove rmi prune tag untag load save import history pull build push search inspect exists help" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list rm remove rmi prune tag untag load save import history pull build push search inspect exists help" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list rm remove rmi prune tag untag load save import history pull build push search inspect exists help" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list rm remove rmi prune tag untag load save import history pull build push search inspect exists help" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list rm remove rmi prune tag untag load save import history pull build push search inspect exists help" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list rm remove rmi prune tag untag load save import history pull build push search inspect exists help" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list rm remove rmi prune tag untag load save import history pull build push search inspect exists help" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list rm remove rmi prune tag untag load save import history pull build push search inspect exists help" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list rm remove rmi prune tag untag load save import history pull build push search inspect exists help" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list rm remove rmi prune tag untag load save import history pull build push search inspect exists help" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list rm remove rmi prune tag untag load save import history pull build push search inspect exists help" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list rm remove rmi prune tag untag load save import history pull build push search inspect exists help" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list rm remove rmi prune tag untag load save import history pull build push search inspect exists help" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list rm remove rmi prune tag untag load save import history pull build push search inspect exists help" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list rm remove rmi prune tag untag load save import history pull build push search inspect exists help" -f -a "ls" -d 'List images'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list rm remove rmi prune tag untag load save import history pull build push search inspect exists help" -f -a "list" -d 'List images'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list rm remove rmi prune tag untag load save import history pull build push search inspect exists help" -f -a "rm" -d 'Remove one or more images'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list rm remove rmi prune tag untag load save import history pull build push search inspect exists help" -f -a "remove" -d 'Remove one or more images'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list rm remove rmi prune tag untag load save import history pull build push search inspect exists help" -f -a "rmi" -d 'Remove one or more images'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list rm remove rmi prune tag untag load save import history pull build push search inspect exists help" -f -a "prune" -d 'Remove unused images'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list rm remove rmi prune tag untag load save import history pull build push search inspect exists help" -f -a "tag" -d 'Add names to an image'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list rm remove rmi prune tag untag load save import history pull build push search inspect exists help" -f -a "untag" -d 'Remove names from an image'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list rm remove rmi prune tag untag load save import history pull build push search inspect exists help" -f -a "load" -d 'Load images from an archive'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list rm remove rmi prune tag untag load save import history pull build push search inspect exists help" -f -a "save" -d 'Save images to an archive'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list rm remove rmi prune tag untag load save import history pull build push search inspect exists help" -f -a "import" -d 'Create an image from a root file system tarball'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list rm remove rmi prune tag untag load save import history pull build push search inspect exists help" -f -a "history" -d 'Show the history of an image'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list rm remove rmi prune tag untag load save import history pull build push search inspect exists help" -f -a "pull" -d 'Pull images from a registry'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list rm remove rmi prune tag untag load save import history pull build push search inspect exists help" -f -a "build" -d 'Build an image from a Containerfile or Dockerfile'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list rm remove rmi prune tag untag load save import history pull build push search inspect exists help" -f -a "push" -d 'Push an image to a registry'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list rm remove rmi prune tag untag load save import history pull build push search inspect exists help" -f -a "search" -d 'Search registries for images'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list rm remove rmi prune tag untag load save import history pull build push search inspect exists help" -f -a "inspect" -d 'Display detailed information on images'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list rm remove rmi prune tag untag load save import history pull build push search inspect exists help" -f -a "exists" -d 'Check if an image exists (exit status 0 if it does, 1 if not)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list rm remove rmi prune tag untag load save import history pull build push search inspect exists help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -s f -l filter -d 'Filter output (dangling=, reference=, label=, before=, since=, until=, id=)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l format -d 'Format output with a Go template, \'table TEMPLATE\' or \'json\'' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l sort -d 'Sort by created, id, repository, size or tag' -r -f -a "created\t''
id\t''
repository\t''
size\t''
tag\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -s a -l all -d 'Show all images (by default intermediate images are hidden)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l digests -d 'Show digests'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l no-trunc -d 'Do not truncate output'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Only show image IDs'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -s n -l noheading -d 'Do not print column headings'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l history -d 'Display the image name history'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -s f -l filter -d 'Filter output (dangling=, reference=, label=, before=, since=, until=, id=)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -l format -d 'Format output with a Go template, \'table TEMPLATE\' or \'json\'' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -l sort -d 'Sort by created, id, repository, size or tag' -r -f -a "created\t''
id\t''
repository\t''
size\t''
tag\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -s a -l all -d 'Show all images (by default intermediate images are hidden)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -l digests -d 'Show digests'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -l no-trunc -d 'Do not truncate output'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only show image IDs'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -s n -l noheading -d 'Do not print column headings'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -l history -d 'Display the image name history'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -s f -l force -d 'Force removal: remove all names of an image given by ID'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -s a -l all -d 'Remove all images'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -s i -l ignore -d 'Ignore errors for images that do not exist'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -l no-prune -d 'Do not remove dangling parent images'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from remove" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from remove" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from remove" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from remove" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from remove" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from remove" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from remove" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from remove" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from remove" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from remove" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from remove" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from remove" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from remove" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from remove" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from remove" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from remove" -s f -l force -d 'Force removal: remove all names of an image given by ID'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from remove" -s a -l all -d 'Remove all images'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from remove" -s i -l ignore -d 'Ignore errors for images that do not exist'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from remove" -l no-prune -d 'Do not remove dangling parent images'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rmi" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rmi" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rmi" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rmi" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rmi" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rmi" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rmi" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rmi" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rmi" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rmi" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rmi" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rmi" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rmi" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rmi" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rmi" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rmi" -s f -l force -d 'Force removal: remove all names of an image given by ID'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rmi" -s a -l all -d 'Remove all images'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rmi" -s i -l ignore -d 'Ignore errors for images that do not exist'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rmi" -l no-prune -d 'Do not remove dangling parent images'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rmi" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -l filter -d 'Filter images to prune (until=, label=, label!=)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -s a -l all -d 'Remove all images not used by containers, not just dangling ones'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not prompt for confirmation'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -l external -d 'Remove images even when external containers use them (skiff\'s store is its own: there are none)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tag" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tag" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tag" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tag" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tag" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tag" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tag" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tag" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tag" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tag" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tag" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tag" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tag" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tag" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tag" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tag" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from untag" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from untag" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from untag" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from untag" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from untag" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from untag" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from untag" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from untag" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from untag" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from untag" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from untag" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from untag" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from untag" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from untag" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from untag" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from untag" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from load" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from load" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from load" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from load" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from load" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from load" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from load" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from load" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from load" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from load" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from load" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from load" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from load" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from load" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from load" -s i -l input -d 'Read from this archive file (or OCI layout directory) instead of stdin' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from load" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from load" -s q -l quiet -d 'Suppress the output'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from load" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -s o -l output -d 'Write to this file instead of stdout' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -l format -d 'Archive format: docker-archive or oci-archive' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -s q -l quiet -d 'Suppress the output'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -s m -l multi-image-archive -d 'Accepted for podman compatibility: every archive may hold several images'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -l uncompressed -d 'Write layers uncompressed (docker archives always are)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -l compress -d 'Compress layers when saving to a directory (podman\'s dir formats, which skiff does not write)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -s c -l change -d 'Apply a Dockerfile instruction to the image (CMD, ENTRYPOINT, ENV, EXPOSE, LABEL, ONBUILD, STOPSIGNAL, USER, VOLUME, WORKDIR)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -s m -l message -d 'Commit message for the imported image' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -l arch -d 'Set the architecture of the imported image' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -l os -d 'Set the OS of the imported image' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -l variant -d 'Set the variant of the imported image' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -l platform -d 'Set the platform (OS/ARCH[/VARIANT]) of the imported image' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print only the image ID'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -s H -l human -d 'Print sizes and dates in human readable format' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -l format -d 'Format output with a Go template, \'table TEMPLATE\' or \'json\'' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -l no-trunc -d 'Do not truncate output'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -s q -l quiet -d 'Only show image IDs'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l authfile -d 'Path of the authentication file (default: ${XDG_RUNTIME_DIR}/containers/auth.json)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l cert-dir -d 'Directory with certificates (*.crt) and client keys (*.cert, *.key) for the registry' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l creds -d 'Credentials (USERNAME[:PASSWORD]) to use with the registry' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l tls-verify -d 'Require HTTPS and verify certificates (false also allows plain HTTP)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l platform -d 'Pull the image for this platform (os/arch[/variant]) instead of the host\'s' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l arch -d 'Use this architecture instead of the host\'s' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l os -d 'Use this operating system instead of the host\'s' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l variant -d 'Use this architecture variant instead of the host\'s' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -s a -l all-tags -d 'Pull every tagged image of the repository'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -s q -l quiet -d 'Print only the image IDs'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l disable-content-trust -d 'Accepted for docker compatibility (signatures are not checked)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -s f -l file -d 'The Dockerfile (default: Containerfile, then Dockerfile, in the context)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -s t -l tag -d 'Name for the image (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l build-arg -d 'A build argument: KEY=VALUE, or KEY alone to take it from the environment' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l target -d 'Build the stage of this name and the stages it needs' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l pull -d 'When to pull base images: missing, always, never, newer (alone: always)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l iidfile -d 'Write the image ID to this file' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l network -l net -d 'The network of RUN steps: none, host, or a network name' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l layers -d 'Keep each step\'s image as the build cache, and use the cache' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l rm -d 'Remove intermediate containers (they always are)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l secret -d 'A secret for RUN --mount=type=secret: id=ID,src=PATH or id=ID,env=VAR' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l format -d 'The image format: oci (default, or $BUILDAH_FORMAT) or docker (keeps HEALTHCHECK and ONBUILD)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l build-arg-file -d 'Build arguments from a file: KEY=VALUE lines (# comments)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l from -d 'The base image of the first stage, instead of its FROM\'s' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l ignorefile -d 'The ignore file, instead of the context\'s .containerignore or .dockerignore' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l skip-unused-stages -d 'Build only the stages the target needs (false: every stage before it too)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l logfile -d 'Write the build\'s output to this file instead of stdout' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l annotation -d 'An annotation for the image\'s manifest: KEY=VALUE (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l label -d 'A label for the image (repeatable): a LABEL step at the end' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l platform -d 'The platform to build for: the host\'s only (linux/amd64 here)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l add-host -d 'An /etc/hosts entry for RUN steps: HOST:IP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l ulimit -d 'A resource limit for RUN steps: NAME=SOFT[:HARD] (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -s v -l volume -d 'A bind mount for RUN steps: SRC:DEST[:OPTIONS] (repeatable; not in the image)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l userns -d 'The user namespace of RUN steps (as run --userns)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l timestamp -d 'The image\'s creation time and its files\' times, in seconds since the epoch (as SOURCE_DATE_EPOCH)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l build-context -d 'A named context for FROM and --from=: NAME=DIR or NAME=docker-image://REF (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l jobs -d 'How many stages build at once (0: as many as can)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -s o -l output -d 'Also write the final stage\'s files: type=local,dest=DIR, type=tar,dest=FILE (- for stdout), or DIR' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l authfile -d 'Path of the authentication file (default: ${XDG_RUNTIME_DIR}/containers/auth.json)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l cert-dir -d 'Directory with certificates (*.crt) and client keys (*.cert, *.key) for the registry' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l creds -d 'Credentials (USERNAME[:PASSWORD]) to use with the registry' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l tls-verify -d 'Require HTTPS and verify certificates (false also allows plain HTTP)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -s q -l quiet -d 'Print only the image ID'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l no-cache -d 'Do not use cached steps (the steps made are still cached)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l force-rm -d 'Remove intermediate containers even when a step fails (they always are)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l squash -d 'The final image\'s new layers as one (no step images are kept)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l squash-all -d 'All the final image\'s layers, its base\'s too, as one'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l compression-format -d 'Compress layers with this algorithm: gzip or zstd' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -s f -l format -d 'Manifest format: oci or v2s2 (default: as stored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l digestfile -d 'Write the digest of the pushed manifest to this file' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l authfile -d 'Path of the authentication file (default: ${XDG_RUNTIME_DIR}/containers/auth.json)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l cert-dir -d 'Directory with certificates (*.crt) and client keys (*.cert, *.key) for the registry' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l creds -d 'Credentials (USERNAME[:PASSWORD]) to use with the registry' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l tls-verify -d 'Require HTTPS and verify certificates (false also allows plain HTTP)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l force-compression -d 'Recompress layers that are compressed with another algorithm'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -s q -l quiet -d 'Print nothing while pushing'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l remove-signatures -d 'Accepted for podman compatibility (signatures are never copied)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l disable-content-trust -d 'Accepted for docker compatibility (signatures are not made)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -s a -l all-tags -d 'Push every tag of the repository IMAGE names (docker\'s -a)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l compress -d 'Compress layers when pushing to a directory (podman\'s dir transport, which skiff does not write)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from search" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from search" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from search" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from search" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from search" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from search" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from search" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from search" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from search" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from search" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from search" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from search" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from search" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from search" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from search" -l limit -d 'Results per registry (default 25)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from search" -s f -l filter -d 'Filter results: stars=N, is-official[=BOOL], is-automated[=BOOL]' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from search" -l format -d 'Format output with a Go template (fields .Index .Name .Description .Stars .Official .Automated .Tag) or json' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from search" -l authfile -d 'Path of the authentication file (default: ${XDG_RUNTIME_DIR}/containers/auth.json)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from search" -l cert-dir -d 'Directory with certificates (*.crt) and client keys (*.cert, *.key) for the registry' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from search" -l creds -d 'Credentials (USERNAME[:PASSWORD]) to use with the registry' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from search" -l tls-verify -d 'Require HTTPS and verify certificates (false also allows plain HTTP)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from search" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from search" -l no-trunc -d 'Do not truncate descriptions'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from search" -l list-tags -d 'List the tags of the repository TERM names'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from search" -l compatible -d 'Also show the STARS, OFFICIAL and AUTOMATED columns (docker\'s table)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from search" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -s f -l format -d 'Format output with a Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from exists" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from exists" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from exists" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from exists" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from exists" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from exists" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from exists" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from exists" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from exists" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from exists" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from exists" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from exists" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from exists" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from exists" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from exists" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from exists" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "ls" -d 'List images'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Remove one or more images'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "prune" -d 'Remove unused images'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "tag" -d 'Add names to an image'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "untag" -d 'Remove names from an image'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "load" -d 'Load images from an archive'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "save" -d 'Save images to an archive'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "import" -d 'Create an image from a root file system tarball'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "history" -d 'Show the history of an image'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "pull" -d 'Pull images from a registry'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "build" -d 'Build an image from a Containerfile or Dockerfile'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "push" -d 'Push an image to a registry'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "search" -d 'Search registries for images'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "inspect" -d 'Display detailed information on images'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "exists" -d 'Check if an image exists (exit status 0 if it does, 1 if not)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -s f -l force -d 'Force removal: remove all names of an image given by ID'
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -s a -l all -d 'Remove all images'
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -s i -l ignore -d 'Ignore errors for images that do not exist'
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -l no-prune -d 'Do not remove dangling parent images'
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand tag" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand tag" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand tag" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand tag" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand tag" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand tag" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand tag" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand tag" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand tag" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand tag" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand tag" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand tag" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand tag" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand tag" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand tag" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand tag" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand untag" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand untag" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand untag" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand untag" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand untag" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand untag" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand untag" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand untag" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand untag" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand untag" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand untag" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand untag" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand untag" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand untag" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand untag" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand untag" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand load" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand load" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand load" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand load" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand load" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand load" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand load" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand load" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand load" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand load" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand load" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand load" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand load" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand load" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand load" -s i -l input -d 'Read from this archive file (or OCI layout directory) instead of stdin' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand load" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand load" -s q -l quiet -d 'Suppress the output'
complete -c skiff -n "__fish_skiff_using_subcommand load" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand save" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand save" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand save" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand save" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand save" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand save" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand save" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand save" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand save" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand save" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand save" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand save" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand save" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand save" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand save" -s o -l output -d 'Write to this file instead of stdout' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand save" -l format -d 'Archive format: docker-archive or oci-archive' -r
complete -c skiff -n "__fish_skiff_using_subcommand save" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand save" -s q -l quiet -d 'Suppress the output'
complete -c skiff -n "__fish_skiff_using_subcommand save" -s m -l multi-image-archive -d 'Accepted for podman compatibility: every archive may hold several images'
complete -c skiff -n "__fish_skiff_using_subcommand save" -l uncompressed -d 'Write layers uncompressed (docker archives always are)'
complete -c skiff -n "__fish_skiff_using_subcommand save" -l compress -d 'Compress layers when saving to a directory (podman\'s dir formats, which skiff does not write)'
complete -c skiff -n "__fish_skiff_using_subcommand save" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand import" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand import" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand import" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand import" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand import" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand import" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand import" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand import" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand import" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand import" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand import" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand import" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand import" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand import" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand import" -s c -l change -d 'Apply a Dockerfile instruction to the image (CMD, ENTRYPOINT, ENV, EXPOSE, LABEL, ONBUILD, STOPSIGNAL, USER, VOLUME, WORKDIR)' -r
complete -c skiff -n "__fish_skiff_using_subcommand import" -s m -l message -d 'Commit message for the imported image' -r
complete -c skiff -n "__fish_skiff_using_subcommand import" -l arch -d 'Set the architecture of the imported image' -r
complete -c skiff -n "__fish_skiff_using_subcommand import" -l os -d 'Set the OS of the imported image' -r
complete -c skiff -n "__fish_skiff_using_subcommand import" -l variant -d 'Set the variant of the imported image' -r
complete -c skiff -n "__fish_skiff_using_subcommand import" -l platform -d 'Set the platform (OS/ARCH[/VARIANT]) of the imported image' -r
complete -c skiff -n "__fish_skiff_using_subcommand import" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand import" -s q -l quiet -d 'Print only the image ID'
complete -c skiff -n "__fish_skiff_using_subcommand import" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand history" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand history" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand history" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand history" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand history" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand history" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand history" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand history" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand history" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand history" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand history" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand history" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand history" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand history" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand history" -s H -l human -d 'Print sizes and dates in human readable format' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand history" -l format -d 'Format output with a Go template, \'table TEMPLATE\' or \'json\'' -r
complete -c skiff -n "__fish_skiff_using_subcommand history" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand history" -l no-trunc -d 'Do not truncate output'
complete -c skiff -n "__fish_skiff_using_subcommand history" -s q -l quiet -d 'Only show image IDs'
complete -c skiff -n "__fish_skiff_using_subcommand history" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l authfile -d 'Path of the authentication file (default: ${XDG_RUNTIME_DIR}/containers/auth.json)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l cert-dir -d 'Directory with certificates (*.crt) and client keys (*.cert, *.key) for the registry' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l creds -d 'Credentials (USERNAME[:PASSWORD]) to use with the registry' -r
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l tls-verify -d 'Require HTTPS and verify certificates (false also allows plain HTTP)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l platform -d 'Pull the image for this platform (os/arch[/variant]) instead of the host\'s' -r
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l arch -d 'Use this architecture instead of the host\'s' -r
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l os -d 'Use this operating system instead of the host\'s' -r
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l variant -d 'Use this architecture variant instead of the host\'s' -r
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand pull" -s a -l all-tags -d 'Pull every tagged image of the repository'
complete -c skiff -n "__fish_skiff_using_subcommand pull" -s q -l quiet -d 'Print only the image IDs'
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l disable-content-trust -d 'Accepted for docker compatibility (signatures are not checked)'
complete -c skiff -n "__fish_skiff_using_subcommand pull" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand push" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand push" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand push" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand push" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand push" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand push" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand push" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand push" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand push" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand push" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand push" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand push" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand push" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand push" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand push" -l compression-format -d 'Compress layers with this algorithm: gzip or zstd' -r
complete -c skiff -n "__fish_skiff_using_subcommand push" -s f -l format -d 'Manifest format: oci or v2s2 (default: as stored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand push" -l digestfile -d 'Write the digest of the pushed manifest to this file' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand push" -l authfile -d 'Path of the authentication file (default: ${XDG_RUNTIME_DIR}/containers/auth.json)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand push" -l cert-dir -d 'Directory with certificates (*.crt) and client keys (*.cert, *.key) for the registry' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand push" -l creds -d 'Credentials (USERNAME[:PASSWORD]) to use with the registry' -r
complete -c skiff -n "__fish_skiff_using_subcommand push" -l tls-verify -d 'Require HTTPS and verify certificates (false also allows plain HTTP)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand push" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand push" -l force-compression -d 'Recompress layers that are compressed with another algorithm'
complete -c skiff -n "__fish_skiff_using_subcommand push" -s q -l quiet -d 'Print nothing while pushing'
complete -c skiff -n "__fish_skiff_using_subcommand push" -l remove-signatures -d 'Accepted for podman compatibility (signatures are never copied)'
complete -c skiff -n "__fish_skiff_using_subcommand push" -l disable-content-trust -d 'Accepted for docker compatibility (signatures are not made)'
complete -c skiff -n "__fish_skiff_using_subcommand push" -s a -l all-tags -d 'Push every tag of the repository IMAGE names (docker\'s -a)'
complete -c skiff -n "__fish_skiff_using_subcommand push" -l compress -d 'Compress layers when pushing to a directory (podman\'s dir transport, which skiff does not write)'
complete -c skiff -n "__fish_skiff_using_subcommand push" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand search" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand search" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand search" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand search" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand search" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand search" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand search" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand search" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand search" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand search" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand search" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand search" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand search" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand search" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand search" -l limit -d 'Results per registry (default 25)' -r
complete -c skiff -n "__fish_skiff_using_subcommand search" -s f -l filter -d 'Filter results: stars=N, is-official[=BOOL], is-automated[=BOOL]' -r
complete -c skiff -n "__fish_skiff_using_subcommand search" -l format -d 'Format output with a Go template (fields .Index .Name .Description .Stars .Official .Automated .Tag) or json' -r
complete -c skiff -n "__fish_skiff_using_subcommand search" -l authfile -d 'Path of the authentication file (default: ${XDG_RUNTIME_DIR}/containers/auth.json)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand search" -l cert-dir -d 'Directory with certificates (*.crt) and client keys (*.cert, *.key) for the registry' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand search" -l creds -d 'Credentials (USERNAME[:PASSWORD]) to use with the registry' -r
complete -c skiff -n "__fish_skiff_using_subcommand search" -l tls-verify -d 'Require HTTPS and verify certificates (false also allows plain HTTP)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand search" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand search" -l no-trunc -d 'Do not truncate descriptions'
complete -c skiff -n "__fish_skiff_using_subcommand search" -l list-tags -d 'List the tags of the repository TERM names'
complete -c skiff -n "__fish_skiff_using_subcommand search" -l compatible -d 'Also show the STARS, OFFICIAL and AUTOMATED columns (docker\'s table)'
complete -c skiff -n "__fish_skiff_using_subcommand search" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand login" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand login" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand login" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand login" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand login" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand login" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand login" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand login" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand login" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand login" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand login" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand login" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand login" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand login" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand login" -s u -l username -d 'Username' -r
complete -c skiff -n "__fish_skiff_using_subcommand login" -s p -l password -d 'Password (prefer --password-stdin)' -r
complete -c skiff -n "__fish_skiff_using_subcommand login" -l authfile -d 'Path of the authentication file (default: ${XDG_RUNTIME_DIR}/containers/auth.json)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand login" -l cert-dir -d 'Directory with certificates (*.crt) and client keys for the registry' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand login" -l tls-verify -d 'Require HTTPS and verify certificates (false also allows plain HTTP)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand login" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand login" -l password-stdin -d 'Read the password from stdin'
complete -c skiff -n "__fish_skiff_using_subcommand login" -l get-login -d 'Print the username stored for the registry'
complete -c skiff -n "__fish_skiff_using_subcommand login" -s v -l verbose -d 'Print where the credentials were written'
complete -c skiff -n "__fish_skiff_using_subcommand login" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand logout" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand logout" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand logout" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand logout" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand logout" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand logout" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand logout" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand logout" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand logout" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand logout" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand logout" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand logout" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand logout" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand logout" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand logout" -l authfile -d 'Path of the authentication file (default: ${XDG_RUNTIME_DIR}/containers/auth.json)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand logout" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand logout" -s a -l all -d 'Remove the credentials of every registry'
complete -c skiff -n "__fish_skiff_using_subcommand logout" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -s f -l format -d 'Format the output to a Go template or json' -r
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -s t -l type -d 'Specify inspect-object type: all, container, image, volume, network' -r -f -a "all\t''
container\t''
image\t''
volume\t''
network\t''"
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -s l -l latest -d 'Act on the latest container skiff knows of'
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -s s -l size -d 'Display total file size (containers)'
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists connect disconnect help" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists connect disconnect help" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists connect disconnect help" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists connect disconnect help" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists connect disconnect help" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists connect disconnect help" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists connect disconnect help" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists connect disconnect help" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists connect disconnect help" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists connect disconnect help" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists connect disconnect help" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists connect disconnect help" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists connect disconnect help" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists connect disconnect help" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists connect disconnect help" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists connect disconnect help" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists connect disconnect help" -f -a "create" -d 'Create a network'
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists connect disconnect help" -f -a "ls" -d 'List networks'
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists connect disconnect help" -f -a "list" -d 'List networks'
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists connect disconnect help" -f -a "inspect" -d 'Display detailed information on networks'
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists connect disconnect help" -f -a "rm" -d 'Remove networks'
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists connect disconnect help" -f -a "remove" -d 'Remove networks'
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists connect disconnect help" -f -a "prune" -d 'Remove every network no container uses'
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists connect disconnect help" -f -a "exists" -d 'Check if a network exists (exit status 0 if it does, 1 if not)'
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists connect disconnect help" -f -a "connect" -d 'Connect a container to a network'
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists connect disconnect help" -f -a "disconnect" -d 'Disconnect a container from a network'
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists connect disconnect help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -s d -l driver -d 'Driver (only bridge)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l subnet -d 'Subnet in CIDR form (default: the next free 10.89.N.0/24); again for an IPv6 subnet' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l gateway -d 'Gateway address (default: the subnet\'s first address), per family' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l ip-range -d 'Allocate container addresses from this sub-range (CIDR)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l label -d 'Set metadata on the network (KEY=VALUE)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -s o -l opt -d 'Driver options (KEY=VALUE)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l interface-name -d 'The bridge interface\'s name' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l ipam-driver -d 'IPAM driver: host-local (skiff\'s own allocator: addresses leased on this host)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l internal -d 'No traffic in or out of the network, only between its containers'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l ipv6 -d 'Give containers IPv6 addresses too (a random fdXX:XXXX:XXXX::/64 unless an IPv6 --subnet is given)'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l ignore -d 'Do not fail if the network exists'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -s f -l filter -d 'Filter: name=, id=, driver=, label=KEY[=VALUE]' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -l format -d 'Format output with a Go template, \'table TEMPLATE\' or \'json\'' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Only display network names'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -s n -l noheading -d 'Do not print the header'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -l no-trunc -d 'Do not truncate the network ID'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -s f -l filter -d 'Filter: name=, id=, driver=, label=KEY[=VALUE]' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -l format -d 'Format output with a Go template, \'table TEMPLATE\' or \'json\'' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only display network names'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -s n -l noheading -d 'Do not print the header'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -l no-trunc -d 'Do not truncate the network ID'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from inspect" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from inspect" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from inspect" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from inspect" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from inspect" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from inspect" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from inspect" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from inspect" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from inspect" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from inspect" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from inspect" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from inspect" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from inspect" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from inspect" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from inspect" -s f -l format -d 'Format output with a Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from inspect" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from rm" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from rm" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from rm" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from rm" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from rm" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from rm" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from rm" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from rm" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from rm" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from rm" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from rm" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from rm" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from rm" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from rm" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from rm" -s t -l time -d 'Seconds to wait for its containers to stop before killing them' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from rm" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from rm" -s f -l force -d 'Remove the containers that use it too'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from remove" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from remove" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from remove" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from remove" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from remove" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from remove" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from remove" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from remove" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from remove" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from remove" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from remove" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from remove" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from remove" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from remove" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from remove" -s t -l time -d 'Seconds to wait for its containers to stop before killing them' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from remove" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from remove" -s f -l force -d 'Remove the containers that use it too'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from prune" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from prune" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from prune" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from prune" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from prune" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from prune" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from prune" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from prune" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from prune" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from prune" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from prune" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from prune" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from prune" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from prune" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from prune" -l filter -d 'Only networks with this label (label=KEY[=VALUE])' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from prune" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not ask for confirmation'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from exists" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from exists" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from exists" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from exists" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from exists" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from exists" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from exists" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from exists" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from exists" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from exists" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from exists" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from exists" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from exists" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from exists" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from exists" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from exists" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from connect" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from connect" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from connect" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from connect" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from connect" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from connect" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from connect" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from connect" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from connect" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from connect" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from connect" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from connect" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from connect" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from connect" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from connect" -l alias -d 'Another name for the container on this network (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from connect" -l ip -d 'The container\'s address on the network' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from connect" -l ip6 -d 'The container\'s IPv6 address on the network' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from connect" -l mac-address -d 'The container\'s MAC address on the network' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from connect" -l link -d 'Link to another container on the network: NAME[:ALIAS]' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from connect" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from connect" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from disconnect" -s f -l force -d 'Disconnect even if the container is running (accepted)'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from disconnect" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a network'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from help" -f -a "ls" -d 'List networks'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from help" -f -a "inspect" -d 'Display detailed information on networks'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Remove networks'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from help" -f -a "prune" -d 'Remove every network no container uses'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from help" -f -a "exists" -d 'Check if a network exists (exit status 0 if it does, 1 if not)'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from help" -f -a "connect" -d 'Connect a container to a network'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from help" -f -a "disconnect" -d 'Disconnect a container from a network'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists help" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists help" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists help" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists help" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists help" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists help" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists help" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists help" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists help" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists help" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists help" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists help" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists help" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists help" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists help" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists help" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists help" -f -a "create" -d 'Create a volume'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists help" -f -a "ls" -d 'List volumes'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists help" -f -a "list" -d 'List volumes'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists help" -f -a "inspect" -d 'Display detailed information on volumes'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists help" -f -a "rm" -d 'Remove volumes'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists help" -f -a "remove" -d 'Remove volumes'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists help" -f -a "prune" -d 'Remove every volume no container uses'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists help" -f -a "exists" -d 'Check if a volume exists (exit status 0 if it does, 1 if not)'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from create" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from create" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from create" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from create" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from create" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from create" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from create" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from create" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from create" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from create" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from create" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from create" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from create" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from create" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from create" -s d -l driver -d 'Volume driver (only local)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from create" -s l -l label -d 'Set metadata on the volume (KEY=VALUE)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from create" -s o -l opt -d 'Driver options: type=, device=, o= (like docker\'s local driver)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from create" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from create" -l ignore -d 'Do not fail if the volume exists'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -s f -l filter -d 'Filter: name=, label=KEY[=VALUE], driver=, dangling=true|false, anonymous=true|false' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -l format -d 'Format output with a Go template, \'table TEMPLATE\' or \'json\'' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Only display volume names'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -s n -l noheading -d 'Do not print headers'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from list" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from list" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from list" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from list" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from list" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from list" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from list" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from list" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from list" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from list" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from list" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from list" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from list" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from list" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from list" -s f -l filter -d 'Filter: name=, label=KEY[=VALUE], driver=, dangling=true|false, anonymous=true|false' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from list" -l format -d 'Format output with a Go template, \'table TEMPLATE\' or \'json\'' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from list" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only display volume names'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from list" -s n -l noheading -d 'Do not print headers'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from inspect" -s f -l format -d 'Format output with a Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from inspect" -s a -l all -d 'Inspect every volume'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from rm" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from rm" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from rm" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from rm" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from rm" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from rm" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from rm" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from rm" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from rm" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from rm" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from rm" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from rm" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from rm" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from rm" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from rm" -s t -l time -d 'Seconds to wait for those containers to stop before killing them' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from rm" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from rm" -s a -l all -d 'Remove every volume'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from rm" -s f -l force -d 'Remove the containers that use the volume first (podman); a volume that does not exist is no error'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from remove" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from remove" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from remove" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from remove" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from remove" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from remove" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from remove" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from remove" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from remove" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from remove" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from remove" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from remove" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from remove" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from remove" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from remove" -s t -l time -d 'Seconds to wait for those containers to stop before killing them' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from remove" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from remove" -s a -l all -d 'Remove every volume'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from remove" -s f -l force -d 'Remove the containers that use the volume first (podman); a volume that does not exist is no error'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from prune" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from prune" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from prune" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from prune" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from prune" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from prune" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from prune" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from prune" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from prune" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from prune" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from prune" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from prune" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from prune" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from prune" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from prune" -l filter -d 'Only volumes matching: label=KEY[=VALUE], name=, anonymous=' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from prune" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not ask for confirmation'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from exists" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from exists" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from exists" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from exists" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from exists" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from exists" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from exists" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from exists" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from exists" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from exists" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from exists" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from exists" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from exists" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from exists" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from exists" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from exists" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a volume'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "ls" -d 'List volumes'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "inspect" -d 'Display detailed information on volumes'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Remove volumes'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "prune" -d 'Remove every volume no container uses'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "exists" -d 'Check if a volume exists (exit status 0 if it does, 1 if not)'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand version" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand version" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand version" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand version" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand version" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand version" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand version" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand version" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand version" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand version" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand version" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand version" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand version" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand version" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand version" -s f -l format -d 'Format output with a Go template or \'json\'' -r
complete -c skiff -n "__fish_skiff_using_subcommand version" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand version" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand info" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand info" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand info" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand info" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand info" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand info" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand info" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand info" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand info" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand info" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand info" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand info" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand info" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand info" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand info" -s f -l format -d 'Format output with a Go template or \'json\'' -r
complete -c skiff -n "__fish_skiff_using_subcommand info" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand info" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand events" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand events" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand events" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand events" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand events" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand events" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand events" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand events" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand events" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand events" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand events" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand events" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand events" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand events" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand events" -s f -l filter -d 'Filter output (container=, event=, image=, label=, network=, pod=, type=, volume=)' -r
complete -c skiff -n "__fish_skiff_using_subcommand events" -l format -d 'Format the output with a Go template or \'json\'' -r
complete -c skiff -n "__fish_skiff_using_subcommand events" -l no-trunc -d 'Do not truncate the output (the default)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand events" -l since -d 'Show the events since this time (a timestamp or a duration before now)' -r
complete -c skiff -n "__fish_skiff_using_subcommand events" -l stream -d 'Keep following new events (--stream=false: print what is logged and exit)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand events" -l until -d 'Show the events until this time' -r
complete -c skiff -n "__fish_skiff_using_subcommand events" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand events" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -f -a "run" -d 'Run the health check of a container'
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and __fish_seen_subcommand_from help" -f -a "run" -d 'Run the health check of a container'
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from info service events df prune reset help" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from info service events df prune reset help" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from info service events df prune reset help" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from info service events df prune reset help" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from info service events df prune reset help" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from info service events df prune reset help" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from info service events df prune reset help" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from info service events df prune reset help" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from info service events df prune reset help" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from info service events df prune reset help" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from info service events df prune reset help" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from info service events df prune reset help" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from info service events df prune reset help" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from info service events df prune reset help" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from info service events df prune reset help" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from info service events df prune reset help" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from info service events df prune reset help" -f -a "info" -d 'Display system-wide information'
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from info service events df prune reset help" -f -a "service" -d 'Serve the Docker Engine API on a socket (for docker, docker-compose, SDKs)'
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from info service events df prune reset help" -f -a "events" -d 'Show skiff events'
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from info service events df prune reset help" -f -a "df" -d 'Show skiff disk usage'
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from info service events df prune reset help" -f -a "prune" -d 'Remove unused data'
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from info service events df prune reset help" -f -a "reset" -d 'Reset skiff storage'
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from info service events df prune reset help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from info" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from info" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from info" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from info" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from info" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from info" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from info" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from info" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from info" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from info" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from info" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from info" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from info" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from info" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from info" -s f -l format -d 'Format output with a Go template or \'json\'' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from info" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from info" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from service" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from service" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from service" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from service" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from service" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from service" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from service" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from service" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from service" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from service" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from service" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from service" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from service" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from service" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from service" -s t -l time -d 'Seconds without connections before the service exits (0: never)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from service" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from service" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from events" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from events" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from events" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from events" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from events" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from events" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from events" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from events" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from events" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from events" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from events" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from events" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from events" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from events" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from events" -s f -l filter -d 'Filter output (container=, event=, image=, label=, network=, pod=, type=, volume=)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from events" -l format -d 'Format the output with a Go template or \'json\'' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from events" -l no-trunc -d 'Do not truncate the output (the default)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from events" -l since -d 'Show the events since this time (a timestamp or a duration before now)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from events" -l stream -d 'Keep following new events (--stream=false: print what is logged and exit)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from events" -l until -d 'Show the events until this time' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from events" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from events" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from df" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from df" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from df" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from df" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from df" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from df" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from df" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from df" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from df" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from df" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from df" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from df" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from df" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from df" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from df" -l format -d 'Pretty-print images using a Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from df" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from df" -s v -l verbose -d 'Show detailed information on disk usage'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from df" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from prune" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from prune" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from prune" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from prune" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from prune" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from prune" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from prune" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from prune" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from prune" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from prune" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from prune" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from prune" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from prune" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from prune" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from prune" -l filter -d 'Provide filter values (e.g. \'label=<key>=<value>\')' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from prune" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from prune" -s a -l all -d 'Remove all unused data'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not prompt for confirmation.  The default is false'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from prune" -l volumes -d 'Prune volumes'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from reset" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from reset" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from reset" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from reset" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from reset" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from reset" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from reset" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from reset" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from reset" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from reset" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from reset" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from reset" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from reset" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from reset" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from reset" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from reset" -s f -l force -d 'Do not prompt for confirmation'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from reset" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from help" -f -a "info" -d 'Display system-wide information'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from help" -f -a "service" -d 'Serve the Docker Engine API on a socket (for docker, docker-compose, SDKs)'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from help" -f -a "events" -d 'Show skiff events'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from help" -f -a "df" -d 'Show skiff disk usage'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from help" -f -a "prune" -d 'Remove unused data'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from help" -f -a "reset" -d 'Reset skiff storage'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand completion" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand completion" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand completion" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand completion" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand completion" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand completion" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand completion" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand completion" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand completion" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand completion" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand completion" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand completion" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand completion" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand completion" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand completion" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand completion" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand unshare" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand unshare" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand unshare" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand unshare" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic)' -r
complete -c skiff -n "__fish_skiff_using_subcommand unshare" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers: overlay (default) or vfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand unshare" -l storage-opt -d 'Used to pass an option to the storage driver (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL, vfs.ignore_chown_errors=BOOL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand unshare" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand unshare" -l tmpdir -d 'Path to the \'run directory\' where all state information is stored, as --runroot when that is not given' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand unshare" -l runtime -d 'The OCI runtime: skiff\'s own, which answers to crun, runc and skiff (or a path ending in one of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand unshare" -l runtime-flag -d 'Add global flags for the container runtime (the built-in runtime takes none: each is reported as ignored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand unshare" -l events-backend -d 'Events backend to use ("file"|"journald"|"none")' -r
complete -c skiff -n "__fish_skiff_using_subcommand unshare" -l cgroup-manager -d 'Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup files itself either way)' -r
complete -c skiff -n "__fish_skiff_using_subcommand unshare" -l network-cmd-path -d 'Path to the command for configuring the network (the slirp4netns binary)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand unshare" -l default-mounts-file -d 'Path to a file of default mounts (SOURCE:DESTINATION lines) for every container' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand unshare" -l noout -d 'Do not output to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand unshare" -l rootless-netns -d 'Join the rootless network namespace too (where the store\'s bridge networks live)'
complete -c skiff -n "__fish_skiff_using_subcommand unshare" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause stats update restart rename port cp diff commit build builder buildx export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info events healthcheck system completion unshare help" -f -a "run" -d 'Create and run a new container'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause stats update restart rename port cp diff commit build builder buildx export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info events healthcheck system completion unshare help" -f -a "create" -d 'Create a new container'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause stats update restart rename port cp diff commit build builder buildx export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info events healthcheck system completion unshare help" -f -a "start" -d 'Start one or more containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause stats update restart rename port cp diff commit build builder buildx export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info events healthcheck system completion unshare help" -f -a "ps" -d 'List containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause stats update restart rename port cp diff commit build builder buildx export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info events healthcheck system completion unshare help" -f -a "stop" -d 'Stop one or more running containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause stats update restart rename port cp diff commit build builder buildx export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info events healthcheck system completion unshare help" -f -a "kill" -d 'Kill one or more running containers with a signal'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause stats update restart rename port cp diff commit build builder buildx export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info events healthcheck system completion unshare help" -f -a "rm" -d 'Remove one or more containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause stats update restart rename port cp diff commit build builder buildx export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info events healthcheck system completion unshare help" -f -a "wait" -d 'Wait for containers to stop and print their exit codes'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause stats update restart rename port cp diff commit build builder buildx export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info events healthcheck system completion unshare help" -f -a "logs" -d 'Show the logs of a container'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause stats update restart rename port cp diff commit build builder buildx export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info events healthcheck system completion unshare help" -f -a "exec" -d 'Run a command in a running container'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause stats update restart rename port cp diff commit build builder buildx export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info events healthcheck system completion unshare help" -f -a "attach" -d 'Attach to a running container'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause stats update restart rename port cp diff commit build builder buildx export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info events healthcheck system completion unshare help" -f -a "top" -d 'Display the running processes of a container'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause stats update restart rename port cp diff commit build builder buildx export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info events healthcheck system completion unshare help" -f -a "pause" -d 'Pause all processes within one or more containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause stats update restart rename port cp diff commit build builder buildx export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info events healthcheck system completion unshare help" -f -a "unpause" -d 'Unpause all processes within one or more containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause stats update restart rename port cp diff commit build builder buildx export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info events healthcheck system completion unshare help" -f -a "stats" -d 'Display a live stream of container resource usage statistics'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause stats update restart rename port cp diff commit build builder buildx export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info events healthcheck system completion unshare help" -f -a "update" -d 'Update the cgroup configuration of containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause stats update restart rename port cp diff commit build builder buildx export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info events healthcheck system completion unshare help" -f -a "restart" -d 'Restart one or more containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause stats update restart rename port cp diff commit build builder buildx export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info events healthcheck system completion unshare help" -f -a "rename" -d 'Rename a container'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause stats update restart rename port cp diff commit build builder buildx export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info events healthcheck system completion unshare help" -f -a "port" -d 'List port mappings of a container'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause stats update restart rename port cp diff commit build builder buildx export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info events healthcheck system completion unshare help" -f -a "cp" -d 'Copy files between a container and the host'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause stats update restart rename port cp diff commit build builder buildx export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info events healthcheck system completion unshare help" -f -a "diff" -d 'Show the changes to a container\'s file system'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause stats update restart rename port cp diff commit build builder buildx export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info events healthcheck system completion unshare help" -f -a "commit" -d 'Create an image from a container\'s changes'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause stats update restart rename port cp diff commit build builder buildx export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info events healthcheck system completion unshare help" -f -a "build" -d 'Build an image from a Containerfile or Dockerfile'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause stats update restart rename port cp diff commit build builder buildx export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info events healthcheck system completion unshare help" -f -a "builder" -d 'Manage builds (docker\'s `builder build`)'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause stats update restart rename port cp diff commit build builder buildx export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info events healthcheck system completion unshare help" -f -a "buildx" -d 'Docker Buildx: `buildx build`'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause stats update restart rename port cp diff commit build builder buildx export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info events healthcheck system completion unshare help" -f -a "export" -d 'Export a container\'s file system as a tar archive'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause stats update restart rename port cp diff commit build builder buildx export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info events healthcheck system completion unshare help" -f -a "mount" -d 'Mount a container\'s root file system where the host can see it'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause stats update restart rename port cp diff commit build builder buildx export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info events healthcheck system completion unshare help" -f -a "umount" -d 'Unmount a container\'s root file system'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause stats update restart rename port cp diff commit build builder buildx export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info events healthcheck system completion unshare help" -f -a "container" -d 'Manage containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause stats update restart rename port cp diff commit build builder buildx export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info events healthcheck system completion unshare help" -f -a "images" -d 'List images'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause stats update restart rename port cp diff commit build builder buildx export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info events healthcheck system completion unshare help" -f -a "image" -d 'Manage images'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause stats update restart rename port cp diff commit build builder buildx export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info events healthcheck system completion unshare help" -f -a "rmi" -d 'Remove one or more images'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause stats update restart rename port cp diff commit build builder buildx export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info events healthcheck system completion unshare help" -f -a "tag" -d 'Add names to an image'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause stats update restart rename port cp diff commit build builder buildx export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info events healthcheck system completion unshare help" -f -a "untag" -d 'Remove names from an image'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause stats update restart rename port cp diff commit build builder buildx export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info events healthcheck system completion unshare help" -f -a "load" -d 'Load images from an archive (docker-archive or OCI)'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause stats update restart rename port cp diff commit build builder buildx export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info events healthcheck system completion unshare help" -f -a "save" -d 'Save images to an archive'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause stats update restart rename port cp diff commit build builder buildx export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info events healthcheck system completion unshare help" -f -a "import" -d 'Create an image from a root file system tarball'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause stats update restart rename port cp diff commit build builder buildx export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info events healthcheck system completion unshare help" -f -a "history" -d 'Show the history of an image'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause stats update restart rename port cp diff commit build builder buildx export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info events healthcheck system completion unshare help" -f -a "pull" -d 'Pull images from a registry'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause stats update restart rename port cp diff commit build builder buildx export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info events healthcheck system completion unshare help" -f -a "push" -d 'Push an image to a registry'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause stats update restart rename port cp diff commit build builder buildx export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info events healthcheck system completion unshare help" -f -a "search" -d 'Search registries for images'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause stats update restart rename port cp diff commit build builder buildx export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info events healthcheck system completion unshare help" -f -a "login" -d 'Log in to a registry'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause stats update restart rename port cp diff commit build builder buildx export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info events healthcheck system completion unshare help" -f -a "logout" -d 'Log out of a registry'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause stats update restart rename port cp diff commit build builder buildx export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info events healthcheck system completion unshare help" -f -a "inspect" -d 'Display detailed information on images'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause stats update restart rename port cp diff commit build builder buildx export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info events healthcheck system completion unshare help" -f -a "network" -d 'Manage networks'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause stats update restart rename port cp diff commit build builder buildx export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info events healthcheck system completion unshare help" -f -a "volume" -d 'Manage volumes'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause stats update restart rename port cp diff commit build builder buildx export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info events healthcheck system completion unshare help" -f -a "version" -d 'Show the skiff version'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause stats update restart rename port cp diff commit build builder buildx export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info events healthcheck system completion unshare help" -f -a "info" -d 'Display system-wide information'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause stats update restart rename port cp diff commit build builder buildx export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info events healthcheck system completion unshare help" -f -a "events" -d 'Show skiff events'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause stats update restart rename port cp diff commit build builder buildx export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info events healthcheck system completion unshare help" -f -a "healthcheck" -d 'Manage health checks on containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause stats update restart rename port cp diff commit build builder buildx export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info events healthcheck system completion unshare help" -f -a "system" -d 'Manage skiff itself'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause stats update restart rename port cp diff commit build builder buildx export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info events healthcheck system completion unshare help" -f -a "completion" -d 'Generate shell completion scripts'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause stats update restart rename port cp diff commit build builder buildx export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info events healthcheck system completion unshare help" -f -a "unshare" -d 'Run a command in the rootless user namespace'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause stats update restart rename port cp diff commit build builder buildx export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info events healthcheck system completion unshare help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
