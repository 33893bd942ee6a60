# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_skiff_global_optspecs
    string join \n root= runroot= network-config-dir= log-level= v/version h/help
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
complete -c skiff -n "__fish_skiff_needs_command" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_needs_command" -s v -l version -d 'Print the version and exit'
complete -c skiff -n "__fish_skiff_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "run" -d 'Create and run a new container'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "create" -d 'Create a new container'
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
complete -c skiff -n "__fish_skiff_needs_command" -f -a "restart" -d 'Restart one or more containers'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "rename" -d 'Rename a container'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "port" -d 'List port mappings of a container'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "cp" -d 'Copy files between a container and the host'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "diff" -d 'Show the changes to a container\'s file system'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "commit" -d 'Create an image from a container\'s changes'
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
complete -c skiff -n "__fish_skiff_needs_command" -f -a "system" -d 'Manage skiff itself'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "completion" -d 'Generate shell completion scripts'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "unshare" -d 'Run a command in the rootless user namespace'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand run" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand run" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand run" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand run" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l detach-keys -d 'Key sequence that detaches from the container (foreground -it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l sig-proxy -d 'Proxy received signals to the container (foreground runs)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand run" -l name -d 'Assign a name to the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -s e -l env -d 'Set environment variables (NAME=value, or NAME to copy the host\'s)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l env-file -d 'Read environment variables from a file' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand run" -l entrypoint -d 'Overwrite the image\'s entrypoint' -r
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
complete -c skiff -n "__fish_skiff_using_subcommand run" -l userns -d 'User namespace: host, keep-id' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l log-driver -d 'Logging driver: json-file (default), k8s-file, none' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l restart -d 'Restart policy: no, always, on-failure[:N], unless-stopped' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -s d -l detach -d 'Run in the background and print the container ID'
complete -c skiff -n "__fish_skiff_using_subcommand run" -l init -d 'Run an init inside the container that forwards signals and reaps processes'
complete -c skiff -n "__fish_skiff_using_subcommand run" -s i -l interactive -d 'Keep STDIN open'
complete -c skiff -n "__fish_skiff_using_subcommand run" -s t -l tty -d 'Allocate a pseudo-TTY'
complete -c skiff -n "__fish_skiff_using_subcommand run" -s P -l publish-all -d 'Publish every exposed port on a random host port'
complete -c skiff -n "__fish_skiff_using_subcommand run" -l privileged -d 'Give extended privileges to the container'
complete -c skiff -n "__fish_skiff_using_subcommand run" -l read-only -d 'Mount the container\'s root file system read-only'
complete -c skiff -n "__fish_skiff_using_subcommand run" -l rm -d 'Remove the container when it exits'
complete -c skiff -n "__fish_skiff_using_subcommand run" -l replace -d 'Replace a container of the same name (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand run" -s q -l quiet -d 'Suppress pull output'
complete -c skiff -n "__fish_skiff_using_subcommand run" -l help -d 'Print help (`-h` is --hostname, as in docker)'
complete -c skiff -n "__fish_skiff_using_subcommand create" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand create" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand create" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand create" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l name -d 'Assign a name to the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -s e -l env -d 'Set environment variables (NAME=value, or NAME to copy the host\'s)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l env-file -d 'Read environment variables from a file' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand create" -l entrypoint -d 'Overwrite the image\'s entrypoint' -r
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
complete -c skiff -n "__fish_skiff_using_subcommand create" -l userns -d 'User namespace: host, keep-id' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l log-driver -d 'Logging driver: json-file (default), k8s-file, none' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l restart -d 'Restart policy: no, always, on-failure[:N], unless-stopped' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l init -d 'Run an init inside the container that forwards signals and reaps processes'
complete -c skiff -n "__fish_skiff_using_subcommand create" -s i -l interactive -d 'Keep STDIN open'
complete -c skiff -n "__fish_skiff_using_subcommand create" -s t -l tty -d 'Allocate a pseudo-TTY'
complete -c skiff -n "__fish_skiff_using_subcommand create" -s P -l publish-all -d 'Publish every exposed port on a random host port'
complete -c skiff -n "__fish_skiff_using_subcommand create" -l privileged -d 'Give extended privileges to the container'
complete -c skiff -n "__fish_skiff_using_subcommand create" -l read-only -d 'Mount the container\'s root file system read-only'
complete -c skiff -n "__fish_skiff_using_subcommand create" -l rm -d 'Remove the container when it exits'
complete -c skiff -n "__fish_skiff_using_subcommand create" -l replace -d 'Replace a container of the same name (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand create" -s q -l quiet -d 'Suppress pull output'
complete -c skiff -n "__fish_skiff_using_subcommand create" -l help -d 'Print help (`-h` is --hostname, as in docker)'
complete -c skiff -n "__fish_skiff_using_subcommand start" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand start" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand start" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand start" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand start" -l sig-proxy -d 'Proxy received signals to the container (with --attach)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand start" -l detach-keys -d 'Key sequence that detaches from the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand start" -s a -l attach -d 'Attach stdout/stderr and forward signals'
complete -c skiff -n "__fish_skiff_using_subcommand start" -s i -l interactive -d 'Attach stdin'
complete -c skiff -n "__fish_skiff_using_subcommand start" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand ps" -s n -l last -d 'Show the n last created containers' -r
complete -c skiff -n "__fish_skiff_using_subcommand ps" -s f -l filter -d 'Filter output (status=, name=, id=, label=, ancestor=, exited=, before=, since=)' -r
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l format -d 'Format output with a Go template, \'table TEMPLATE\' or \'json\'' -r
complete -c skiff -n "__fish_skiff_using_subcommand ps" -s a -l all -d 'Show all containers (default shows just running)'
complete -c skiff -n "__fish_skiff_using_subcommand ps" -s q -l quiet -d 'Only display container IDs'
complete -c skiff -n "__fish_skiff_using_subcommand ps" -s l -l latest -d 'Show the latest created container'
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l no-trunc -d 'Do not truncate output'
complete -c skiff -n "__fish_skiff_using_subcommand ps" -s s -l size -d 'Display total file sizes'
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l noheading -d 'Do not print column headings'
complete -c skiff -n "__fish_skiff_using_subcommand ps" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand stop" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand stop" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand stop" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand stop" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand stop" -s t -l time -l timeout -d 'Seconds to wait before killing the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand stop" -s a -l all -d 'Stop all running containers'
complete -c skiff -n "__fish_skiff_using_subcommand stop" -s i -l ignore -d 'Ignore errors for containers that do not exist'
complete -c skiff -n "__fish_skiff_using_subcommand stop" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand kill" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand kill" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand kill" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand kill" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand kill" -s s -l signal -d 'Signal to send (name or number)' -r
complete -c skiff -n "__fish_skiff_using_subcommand kill" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand rm" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand rm" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand rm" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand rm" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand rm" -s f -l force -d 'Force removal of running containers (they are killed)'
complete -c skiff -n "__fish_skiff_using_subcommand rm" -s v -l volumes -d 'Remove anonymous volumes of the container'
complete -c skiff -n "__fish_skiff_using_subcommand rm" -s a -l all -d 'Remove all containers'
complete -c skiff -n "__fish_skiff_using_subcommand rm" -s i -l ignore -d 'Ignore errors for containers that do not exist'
complete -c skiff -n "__fish_skiff_using_subcommand rm" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand wait" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand wait" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand wait" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand wait" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand wait" -l condition -d 'Condition to wait for: not-running (default), next-exit, removed, running, paused, created' -r
complete -c skiff -n "__fish_skiff_using_subcommand wait" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand logs" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand logs" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand logs" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand logs" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand logs" -s n -l tail -d 'Number of lines to show from the end of the logs (or "all")' -r
complete -c skiff -n "__fish_skiff_using_subcommand logs" -l since -d 'Show logs since a time (RFC 3339, Unix seconds, or a duration like 10m)' -r
complete -c skiff -n "__fish_skiff_using_subcommand logs" -l until -d 'Show logs before a time' -r
complete -c skiff -n "__fish_skiff_using_subcommand logs" -s f -l follow -d 'Follow log output'
complete -c skiff -n "__fish_skiff_using_subcommand logs" -s t -l timestamps -d 'Show timestamps'
complete -c skiff -n "__fish_skiff_using_subcommand logs" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand exec" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand exec" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand exec" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand exec" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand exec" -s e -l env -d 'Set environment variables' -r
complete -c skiff -n "__fish_skiff_using_subcommand exec" -l env-file -d 'Read environment variables from a file' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand exec" -s u -l user -d 'Username or UID (format: <name|uid>[:<group|gid>])' -r
complete -c skiff -n "__fish_skiff_using_subcommand exec" -s w -l workdir -d 'Working directory inside the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand exec" -l detach-keys -d 'Key sequence that detaches from the command (-it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand exec" -s i -l interactive -d 'Keep STDIN open'
complete -c skiff -n "__fish_skiff_using_subcommand exec" -s t -l tty -d 'Allocate a pseudo-TTY'
complete -c skiff -n "__fish_skiff_using_subcommand exec" -s d -l detach -d 'Run the command in the background'
complete -c skiff -n "__fish_skiff_using_subcommand exec" -l privileged -d 'Give extended privileges to the command'
complete -c skiff -n "__fish_skiff_using_subcommand exec" -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand attach" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand attach" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand attach" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand attach" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand attach" -l sig-proxy -d 'Proxy received signals to the container (without a terminal)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand attach" -l detach-keys -d 'Key sequence that detaches from the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand attach" -l no-stdin -d 'Do not attach STDIN'
complete -c skiff -n "__fish_skiff_using_subcommand attach" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand top" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand top" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand top" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand top" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand top" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand pause" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pause" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pause" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pause" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand pause" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand unpause" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand unpause" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand unpause" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand unpause" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand unpause" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand restart" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand restart" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand restart" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand restart" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand restart" -s t -l time -l timeout -d 'Seconds to wait before killing the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand restart" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand rename" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand rename" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand rename" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand rename" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand rename" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand port" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand port" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand port" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand port" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand port" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand cp" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand cp" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand cp" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand cp" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand cp" -s a -l archive -d 'Archive mode: keep the owners of the source files'
complete -c skiff -n "__fish_skiff_using_subcommand cp" -s L -l follow-link -d 'Follow a symbolic link at the source path'
complete -c skiff -n "__fish_skiff_using_subcommand cp" -l overwrite -d 'Accepted for podman compatibility: a directory replaces nothing'
complete -c skiff -n "__fish_skiff_using_subcommand cp" -s q -l quiet -d 'Suppress progress output (accepted: there is none)'
complete -c skiff -n "__fish_skiff_using_subcommand cp" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand diff" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand diff" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand diff" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand diff" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand diff" -l format -d 'Output format: json (the default is docker\'s `C /path` lines)' -r
complete -c skiff -n "__fish_skiff_using_subcommand diff" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand commit" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand commit" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand commit" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand commit" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand commit" -s a -l author -d 'Author of the image' -r
complete -c skiff -n "__fish_skiff_using_subcommand commit" -s m -l message -d 'Commit message' -r
complete -c skiff -n "__fish_skiff_using_subcommand commit" -s c -l change -d 'Apply a Dockerfile instruction to the image (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand commit" -s p -l pause -d 'Pause the container while committing' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand commit" -s f -l format -d 'Image format (oci; docker is accepted, the manifest is OCI)' -r
complete -c skiff -n "__fish_skiff_using_subcommand commit" -s s -l squash -d 'Squash the image\'s layers and the changes into one layer'
complete -c skiff -n "__fish_skiff_using_subcommand commit" -s q -l quiet -d 'Print only the image ID'
complete -c skiff -n "__fish_skiff_using_subcommand commit" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand export" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand export" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand export" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand export" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand export" -s o -l output -d 'Write to this file instead of stdout' -r
complete -c skiff -n "__fish_skiff_using_subcommand export" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand mount" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand mount" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand mount" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand mount" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand mount" -l format -d 'Print the mounted containers as json, or with a Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand mount" -s a -l all -d 'Mount every container'
complete -c skiff -n "__fish_skiff_using_subcommand mount" -l no-trunc -l notruncate -d 'Do not truncate container IDs'
complete -c skiff -n "__fish_skiff_using_subcommand mount" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand umount" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand umount" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand umount" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand umount" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand umount" -s a -l all -d 'Unmount every mounted container'
complete -c skiff -n "__fish_skiff_using_subcommand umount" -s f -l force -d 'Unmount even if the container was mounted more than once (or is busy)'
complete -c skiff -n "__fish_skiff_using_subcommand umount" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand unmount" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand unmount" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand unmount" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand unmount" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand unmount" -s a -l all -d 'Unmount every mounted container'
complete -c skiff -n "__fish_skiff_using_subcommand unmount" -s f -l force -d 'Unmount even if the container was mounted more than once (or is busy)'
complete -c skiff -n "__fish_skiff_using_subcommand unmount" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls list ps stop kill rm remove wait logs inspect prune exists cp diff commit export mount umount unmount exec attach top pause unpause restart rename port help" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls list ps stop kill rm remove wait logs inspect prune exists cp diff commit export mount umount unmount exec attach top pause unpause restart rename port help" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls list ps stop kill rm remove wait logs inspect prune exists cp diff commit export mount umount unmount exec attach top pause unpause restart rename port help" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls list ps stop kill rm remove wait logs inspect prune exists cp diff commit export mount umount unmount exec attach top pause unpause restart rename port help" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls list ps stop kill rm remove wait logs inspect prune exists cp diff commit export mount umount unmount exec attach top pause unpause restart rename port help" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls list ps stop kill rm remove wait logs inspect prune exists cp diff commit export mount umount unmount exec attach top pause unpause restart rename port help" -f -a "run" -d 'Create and run a new container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls list ps stop kill rm remove wait logs inspect prune exists cp diff commit export mount umount unmount exec attach top pause unpause restart rename port help" -f -a "create" -d 'Create a new container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls list ps stop kill rm remove wait logs inspect prune exists cp diff commit export mount umount unmount exec attach top pause unpause restart rename port help" -f -a "start" -d 'Start one or more containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls list ps stop kill rm remove wait logs inspect prune exists cp diff commit export mount umount unmount exec attach top pause unpause restart rename port help" -f -a "ls" -d 'List containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls list ps stop kill rm remove wait logs inspect prune exists cp diff commit export mount umount unmount exec attach top pause unpause restart rename port help" -f -a "list" -d 'List containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls list ps stop kill rm remove wait logs inspect prune exists cp diff commit export mount umount unmount exec attach top pause unpause restart rename port help" -f -a "ps" -d 'List containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls list ps stop kill rm remove wait logs inspect prune exists cp diff commit export mount umount unmount exec attach top pause unpause restart rename port help" -f -a "stop" -d 'Stop one or more running containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls list ps stop kill rm remove wait logs inspect prune exists cp diff commit export mount umount unmount exec attach top pause unpause restart rename port help" -f -a "kill" -d 'Kill one or more running containers with a signal'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls list ps stop kill rm remove wait logs inspect prune exists cp diff commit export mount umount unmount exec attach top pause unpause restart rename port help" -f -a "rm" -d 'Remove one or more containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls list ps stop kill rm remove wait logs inspect prune exists cp diff commit export mount umount unmount exec attach top pause unpause restart rename port help" -f -a "remove" -d 'Remove one or more containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls list ps stop kill rm remove wait logs inspect prune exists cp diff commit export mount umount unmount exec attach top pause unpause restart rename port help" -f -a "wait" -d 'Wait for containers to stop and print their exit codes'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls list ps stop kill rm remove wait logs inspect prune exists cp diff commit export mount umount unmount exec attach top pause unpause restart rename port help" -f -a "logs" -d 'Show the logs of a container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls list ps stop kill rm remove wait logs inspect prune exists cp diff commit export mount umount unmount exec attach top pause unpause restart rename port help" -f -a "inspect" -d 'Display detailed information on containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls list ps stop kill rm remove wait logs inspect prune exists cp diff commit export mount umount unmount exec attach top pause unpause restart rename port help" -f -a "prune" -d 'Remove all stopped containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls list ps stop kill rm remove wait logs inspect prune exists cp diff commit export mount umount unmount exec attach top pause unpause restart rename port help" -f -a "exists" -d 'Check if a container exists (exit status 0 if it does, 1 if not)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls list ps stop kill rm remove wait logs inspect prune exists cp diff commit export mount umount unmount exec attach top pause unpause restart rename port help" -f -a "cp" -d 'Copy files between a container and the host'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls list ps stop kill rm remove wait logs inspect prune exists cp diff commit export mount umount unmount exec attach top pause unpause restart rename port help" -f -a "diff" -d 'Show the changes to a container\'s file system'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls list ps stop kill rm remove wait logs inspect prune exists cp diff commit export mount umount unmount exec attach top pause unpause restart rename port help" -f -a "commit" -d 'Create an image from a container\'s changes'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls list ps stop kill rm remove wait logs inspect prune exists cp diff commit export mount umount unmount exec attach top pause unpause restart rename port help" -f -a "export" -d 'Export a container\'s file system as a tar archive'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls list ps stop kill rm remove wait logs inspect prune exists cp diff commit export mount umount unmount exec attach top pause unpause restart rename port help" -f -a "mount" -d 'Mount a container\'s root file system where the host can see it'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls list ps stop kill rm remove wait logs inspect prune exists cp diff commit export mount umount unmount exec attach top pause unpause restart rename port help" -f -a "umount" -d 'Unmount a container\'s root file system'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls list ps stop kill rm remove wait logs inspect prune exists cp diff commit export mount umount unmount exec attach top pause unpause restart rename port help" -f -a "unmount" -d 'Unmount a container\'s root file system'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls list ps stop kill rm remove wait logs inspect prune exists cp diff commit export mount umount unmount exec attach top pause unpause restart rename port help" -f -a "exec" -d 'Run a command in a running container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls list ps stop kill rm remove wait logs inspect prune exists cp diff commit export mount umount unmount exec attach top pause unpause restart rename port help" -f -a "attach" -d 'Attach to a running container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls list ps stop kill rm remove wait logs inspect prune exists cp diff commit export mount umount unmount exec attach top pause unpause restart rename port help" -f -a "top" -d 'Display the running processes of a container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls list ps stop kill rm remove wait logs inspect prune exists cp diff commit export mount umount unmount exec attach top pause unpause restart rename port help" -f -a "pause" -d 'Pause all processes within one or more containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls list ps stop kill rm remove wait logs inspect prune exists cp diff commit export mount umount unmount exec attach top pause unpause restart rename port help" -f -a "unpause" -d 'Unpause all processes within one or more containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls list ps stop kill rm remove wait logs inspect prune exists cp diff commit export mount umount unmount exec attach top pause unpause restart rename port help" -f -a "restart" -d 'Restart one or more containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls list ps stop kill rm remove wait logs inspect prune exists cp diff commit export mount umount unmount exec attach top pause unpause restart rename port help" -f -a "rename" -d 'Rename a container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls list ps stop kill rm remove wait logs inspect prune exists cp diff commit export mount umount unmount exec attach top pause unpause restart rename port help" -f -a "port" -d 'List port mappings of a container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls list ps stop kill rm remove wait logs inspect prune exists cp diff commit export mount umount unmount exec attach top pause unpause restart rename port help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l detach-keys -d 'Key sequence that detaches from the container (foreground -it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l sig-proxy -d 'Proxy received signals to the container (foreground runs)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l name -d 'Assign a name to the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -s e -l env -d 'Set environment variables (NAME=value, or NAME to copy the host\'s)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l env-file -d 'Read environment variables from a file' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l entrypoint -d 'Overwrite the image\'s entrypoint' -r
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
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l userns -d 'User namespace: host, keep-id' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l log-driver -d 'Logging driver: json-file (default), k8s-file, none' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l restart -d 'Restart policy: no, always, on-failure[:N], unless-stopped' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -s d -l detach -d 'Run in the background and print the container ID'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l init -d 'Run an init inside the container that forwards signals and reaps processes'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -s i -l interactive -d 'Keep STDIN open'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -s t -l tty -d 'Allocate a pseudo-TTY'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -s P -l publish-all -d 'Publish every exposed port on a random host port'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l privileged -d 'Give extended privileges to the container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l read-only -d 'Mount the container\'s root file system read-only'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l rm -d 'Remove the container when it exits'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l replace -d 'Replace a container of the same name (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -s q -l quiet -d 'Suppress pull output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l help -d 'Print help (`-h` is --hostname, as in docker)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l name -d 'Assign a name to the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -s e -l env -d 'Set environment variables (NAME=value, or NAME to copy the host\'s)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l env-file -d 'Read environment variables from a file' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l entrypoint -d 'Overwrite the image\'s entrypoint' -r
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
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l userns -d 'User namespace: host, keep-id' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l log-driver -d 'Logging driver: json-file (default), k8s-file, none' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l restart -d 'Restart policy: no, always, on-failure[:N], unless-stopped' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l init -d 'Run an init inside the container that forwards signals and reaps processes'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -s i -l interactive -d 'Keep STDIN open'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -s t -l tty -d 'Allocate a pseudo-TTY'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -s P -l publish-all -d 'Publish every exposed port on a random host port'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l privileged -d 'Give extended privileges to the container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l read-only -d 'Mount the container\'s root file system read-only'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l rm -d 'Remove the container when it exits'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l replace -d 'Replace a container of the same name (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Suppress pull output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l help -d 'Print help (`-h` is --hostname, as in docker)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -l sig-proxy -d 'Proxy received signals to the container (with --attach)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -l detach-keys -d 'Key sequence that detaches from the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -s a -l attach -d 'Attach stdout/stderr and forward signals'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -s i -l interactive -d 'Attach stdin'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -s n -l last -d 'Show the n last created containers' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -s f -l filter -d 'Filter output (status=, name=, id=, label=, ancestor=, exited=, before=, since=)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -l format -d 'Format output with a Go template, \'table TEMPLATE\' or \'json\'' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -s a -l all -d 'Show all containers (default shows just running)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Only display container IDs'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -s l -l latest -d 'Show the latest created container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -l no-trunc -d 'Do not truncate output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -s s -l size -d 'Display total file sizes'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -l noheading -d 'Do not print column headings'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -s n -l last -d 'Show the n last created containers' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -s f -l filter -d 'Filter output (status=, name=, id=, label=, ancestor=, exited=, before=, since=)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -l format -d 'Format output with a Go template, \'table TEMPLATE\' or \'json\'' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -s a -l all -d 'Show all containers (default shows just running)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only display container IDs'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -s l -l latest -d 'Show the latest created container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -l no-trunc -d 'Do not truncate output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -s s -l size -d 'Display total file sizes'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -l noheading -d 'Do not print column headings'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -s n -l last -d 'Show the n last created containers' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -s f -l filter -d 'Filter output (status=, name=, id=, label=, ancestor=, exited=, before=, since=)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -l format -d 'Format output with a Go template, \'table TEMPLATE\' or \'json\'' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -s a -l all -d 'Show all containers (default shows just running)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -s q -l quiet -d 'Only display container IDs'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -s l -l latest -d 'Show the latest created container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -l no-trunc -d 'Do not truncate output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -s s -l size -d 'Display total file sizes'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -l noheading -d 'Do not print column headings'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -s t -l time -l timeout -d 'Seconds to wait before killing the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -s a -l all -d 'Stop all running containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -s i -l ignore -d 'Ignore errors for containers that do not exist'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from kill" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from kill" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from kill" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from kill" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from kill" -s s -l signal -d 'Signal to send (name or number)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from kill" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -s f -l force -d 'Force removal of running containers (they are killed)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -s v -l volumes -d 'Remove anonymous volumes of the container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -s a -l all -d 'Remove all containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -s i -l ignore -d 'Ignore errors for containers that do not exist'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from remove" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from remove" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from remove" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from remove" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from remove" -s f -l force -d 'Force removal of running containers (they are killed)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from remove" -s v -l volumes -d 'Remove anonymous volumes of the container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from remove" -s a -l all -d 'Remove all containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from remove" -s i -l ignore -d 'Ignore errors for containers that do not exist'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from wait" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from wait" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from wait" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from wait" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from wait" -l condition -d 'Condition to wait for: not-running (default), next-exit, removed, running, paused, created' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from wait" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -s n -l tail -d 'Number of lines to show from the end of the logs (or "all")' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -l since -d 'Show logs since a time (RFC 3339, Unix seconds, or a duration like 10m)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -l until -d 'Show logs before a time' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -s f -l follow -d 'Follow log output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -s t -l timestamps -d 'Show timestamps'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from inspect" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from inspect" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from inspect" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from inspect" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from inspect" -s f -l format -d 'Format output with a Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from inspect" -s s -l size -d 'Display total file sizes'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from prune" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from prune" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from prune" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from prune" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from prune" -l filter -d 'Filter (until=, label=)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not prompt for confirmation'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exists" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exists" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exists" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exists" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exists" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cp" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cp" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cp" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cp" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cp" -s a -l archive -d 'Archive mode: keep the owners of the source files'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cp" -s L -l follow-link -d 'Follow a symbolic link at the source path'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cp" -l overwrite -d 'Accepted for podman compatibility: a directory replaces nothing'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cp" -s q -l quiet -d 'Suppress progress output (accepted: there is none)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cp" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from diff" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from diff" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from diff" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from diff" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from diff" -l format -d 'Output format: json (the default is docker\'s `C /path` lines)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from diff" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -s a -l author -d 'Author of the image' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -s m -l message -d 'Commit message' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -s c -l change -d 'Apply a Dockerfile instruction to the image (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -s p -l pause -d 'Pause the container while committing' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -s f -l format -d 'Image format (oci; docker is accepted, the manifest is OCI)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -s s -l squash -d 'Squash the image\'s layers and the changes into one layer'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -s q -l quiet -d 'Print only the image ID'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from export" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from export" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from export" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from export" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from export" -s o -l output -d 'Write to this file instead of stdout' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from mount" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from mount" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from mount" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from mount" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from mount" -l format -d 'Print the mounted containers as json, or with a Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from mount" -s a -l all -d 'Mount every container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from mount" -l no-trunc -l notruncate -d 'Do not truncate container IDs'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from mount" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from umount" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from umount" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from umount" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from umount" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from umount" -s a -l all -d 'Unmount every mounted container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from umount" -s f -l force -d 'Unmount even if the container was mounted more than once (or is busy)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from umount" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unmount" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unmount" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unmount" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unmount" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unmount" -s a -l all -d 'Unmount every mounted container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unmount" -s f -l force -d 'Unmount even if the container was mounted more than once (or is busy)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unmount" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -s e -l env -d 'Set environment variables' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -l env-file -d 'Read environment variables from a file' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -s u -l user -d 'Username or UID (format: <name|uid>[:<group|gid>])' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -s w -l workdir -d 'Working directory inside the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -l detach-keys -d 'Key sequence that detaches from the command (-it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -s i -l interactive -d 'Keep STDIN open'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -s t -l tty -d 'Allocate a pseudo-TTY'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -s d -l detach -d 'Run the command in the background'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -l privileged -d 'Give extended privileges to the command'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from attach" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from attach" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from attach" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from attach" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from attach" -l sig-proxy -d 'Proxy received signals to the container (without a terminal)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from attach" -l detach-keys -d 'Key sequence that detaches from the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from attach" -l no-stdin -d 'Do not attach STDIN'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from attach" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from top" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from top" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from top" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from top" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from top" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from pause" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from pause" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from pause" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from pause" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from pause" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unpause" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unpause" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unpause" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unpause" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unpause" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from restart" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from restart" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from restart" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from restart" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from restart" -s t -l time -l timeout -d 'Seconds to wait before killing the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from restart" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rename" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rename" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rename" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rename" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rename" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from port" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from port" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from port" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from port" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
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
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "unpause" -d 'Unpause all processes within one or more containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "restart" -d 'Restart one or more containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "rename" -d 'Rename a container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "port" -d 'List port mappings of a container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand images" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand images" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand images" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand images" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand images" -s f -l filter -d 'Filter output (dangling=, reference=, label=, before=, since=, until=, id=)' -r
complete -c skiff -n "__fish_skiff_using_subcommand images" -l format -d 'Format output with a Go template, \'table TEMPLATE\' or \'json\'' -r
complete -c skiff -n "__fish_skiff_using_subcommand images" -l sort -d 'Sort by created, id, repository, size or tag' -r -f -a "created\t''
id\t''
repository\t''
size\t''
tag\t''"
complete -c skiff -n "__fish_skiff_using_subcommand images" -s a -l all -d 'Show all images (by default intermediate images are hidden)'
complete -c skiff -n "__fish_skiff_using_subcommand images" -l digests -d 'Show digests'
complete -c skiff -n "__fish_skiff_using_subcommand images" -l no-trunc -d 'Do not truncate output'
complete -c skiff -n "__fish_skiff_using_subcommand images" -s q -l quiet -d 'Only show image IDs'
complete -c skiff -n "__fish_skiff_using_subcommand images" -s n -l noheading -d 'Do not print column headings'
complete -c skiff -n "__fish_skiff_using_subcommand images" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image-ls" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image-ls" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image-ls" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image-ls" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand image-ls" -s f -l filter -d 'Filter output (dangling=, reference=, label=, before=, since=, until=, id=)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image-ls" -l format -d 'Format output with a Go template, \'table TEMPLATE\' or \'json\'' -r
complete -c skiff -n "__fish_skiff_using_subcommand image-ls" -l sort -d 'Sort by created, id, repository, size or tag' -r -f -a "created\t''
id\t''
repository\t''
size\t''
tag\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image-ls" -s a -l all -d 'Show all images (by default intermediate images are hidden)'
complete -c skiff -n "__fish_skiff_using_subcommand image-ls" -l digests -d 'Show digests'
complete -c skiff -n "__fish_skiff_using_subcommand image-ls" -l no-trunc -d 'Do not truncate output'
complete -c skiff -n "__fish_skiff_using_subcommand image-ls" -s q -l quiet -d 'Only show image IDs'
complete -c skiff -n "__fish_skiff_using_subcommand image-ls" -s n -l noheading -d 'Do not print column headings'
complete -c skiff -n "__fish_skiff_using_subcommand image-ls" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list rm remove prune tag untag load save import history pull push search inspect exists help" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list rm remove prune tag untag load save import history pull push search inspect exists help" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list rm remove prune tag untag load save import history pull push search inspect exists help" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list rm remove prune tag untag load save import history pull push search inspect exists help" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list rm remove prune tag untag load save import history pull push search inspect exists help" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list rm remove prune tag untag load save import history pull push search inspect exists help" -f -a "ls" -d 'List images'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list rm remove prune tag untag load save import history pull push search inspect exists help" -f -a "list" -d 'List images'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list rm remove prune tag untag load save import history pull push search inspect exists help" -f -a "rm" -d 'Remove one or more images'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list rm remove prune tag untag load save import history pull push search inspect exists help" -f -a "remove" -d 'Remove one or more images'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list rm remove prune tag untag load save import history pull push search inspect exists help" -f -a "prune" -d 'Remove unused images'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list rm remove prune tag untag load save import history pull push search inspect exists help" -f -a "tag" -d 'Add names to an image'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list rm remove prune tag untag load save import history pull push search inspect exists help" -f -a "untag" -d 'Remove names from an image'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list rm remove prune tag untag load save import history pull push search inspect exists help" -f -a "load" -d 'Load images from an archive'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list rm remove prune tag untag load save import history pull push search inspect exists help" -f -a "save" -d 'Save images to an archive'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list rm remove prune tag untag load save import history pull push search inspect exists help" -f -a "import" -d 'Create an image from a root file system tarball'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list rm remove prune tag untag load save import history pull push search inspect exists help" -f -a "history" -d 'Show the history of an image'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list rm remove prune tag untag load save import history pull push search inspect exists help" -f -a "pull" -d 'Pull images from a registry'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list rm remove prune tag untag load save import history pull push search inspect exists help" -f -a "push" -d 'Push an image to a registry'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list rm remove prune tag untag load save import history pull push search inspect exists help" -f -a "search" -d 'Search registries for images'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list rm remove prune tag untag load save import history pull push search inspect exists help" -f -a "inspect" -d 'Display detailed information on images'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list rm remove prune tag untag load save import history pull push search inspect exists help" -f -a "exists" -d 'Check if an image exists (exit status 0 if it does, 1 if not)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list rm remove prune tag untag load save import history pull push search inspect exists help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -s f -l filter -d 'Filter output (dangling=, reference=, label=, before=, since=, until=, id=)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l format -d 'Format output with a Go template, \'table TEMPLATE\' or \'json\'' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l sort -d 'Sort by created, id, repository, size or tag' -r -f -a "created\t''
id\t''
repository\t''
size\t''
tag\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -s a -l all -d 'Show all images (by default intermediate images are hidden)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l digests -d 'Show digests'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l no-trunc -d 'Do not truncate output'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Only show image IDs'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -s n -l noheading -d 'Do not print column headings'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -s f -l filter -d 'Filter output (dangling=, reference=, label=, before=, since=, until=, id=)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -l format -d 'Format output with a Go template, \'table TEMPLATE\' or \'json\'' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -l sort -d 'Sort by created, id, repository, size or tag' -r -f -a "created\t''
id\t''
repository\t''
size\t''
tag\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -s a -l all -d 'Show all images (by default intermediate images are hidden)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -l digests -d 'Show digests'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -l no-trunc -d 'Do not truncate output'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only show image IDs'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -s n -l noheading -d 'Do not print column headings'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -s f -l force -d 'Force removal: remove all names of an image given by ID'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -s a -l all -d 'Remove all images'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -s i -l ignore -d 'Ignore errors for images that do not exist'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from remove" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from remove" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from remove" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from remove" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from remove" -s f -l force -d 'Force removal: remove all names of an image given by ID'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from remove" -s a -l all -d 'Remove all images'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from remove" -s i -l ignore -d 'Ignore errors for images that do not exist'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -l filter -d 'Filter images to prune (until=, label=, label!=)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -s a -l all -d 'Remove all images not used by containers, not just dangling ones'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not prompt for confirmation'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tag" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tag" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tag" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tag" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tag" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from untag" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from untag" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from untag" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from untag" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from untag" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from load" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from load" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from load" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from load" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from load" -s i -l input -d 'Read from this archive file (or OCI layout directory) instead of stdin' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from load" -s q -l quiet -d 'Suppress the output'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from load" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -s o -l output -d 'Write to this file instead of stdout' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -l format -d 'Archive format: docker-archive or oci-archive' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -s q -l quiet -d 'Suppress the output'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -s m -l multi-image-archive -d 'Accepted for podman compatibility: every archive may hold several images'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -s c -l change -d 'Apply a Dockerfile instruction to the image (CMD, ENTRYPOINT, ENV, EXPOSE, LABEL, ONBUILD, STOPSIGNAL, USER, VOLUME, WORKDIR)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -s m -l message -d 'Commit message for the imported image' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print only the image ID'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -s H -l human -d 'Print sizes and dates in human readable format' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -l format -d 'Format output with a Go template, \'table TEMPLATE\' or \'json\'' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -l no-trunc -d 'Do not truncate output'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -s q -l quiet -d 'Only show image IDs'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l authfile -d 'Path of the authentication file (default: ${XDG_RUNTIME_DIR}/containers/auth.json)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l cert-dir -d 'Directory with certificates (*.crt) and client keys (*.cert, *.key) for the registry' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l creds -d 'Credentials (USERNAME[:PASSWORD]) to use with the registry' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l tls-verify -d 'Require HTTPS and verify certificates (false also allows plain HTTP)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l platform -d 'Pull the image for this platform (os/arch[/variant]) instead of the host\'s' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l arch -d 'Use this architecture instead of the host\'s' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l os -d 'Use this operating system instead of the host\'s' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l variant -d 'Use this architecture variant instead of the host\'s' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -s a -l all-tags -d 'Pull every tagged image of the repository'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -s q -l quiet -d 'Print only the image IDs'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l disable-content-trust -d 'Accepted for docker compatibility (signatures are not checked)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l compression-format -d 'Compress layers with this algorithm: gzip or zstd' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -s f -l format -d 'Manifest format: oci or v2s2 (default: as stored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l digestfile -d 'Write the digest of the pushed manifest to this file' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l authfile -d 'Path of the authentication file (default: ${XDG_RUNTIME_DIR}/containers/auth.json)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l cert-dir -d 'Directory with certificates (*.crt) and client keys (*.cert, *.key) for the registry' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l creds -d 'Credentials (USERNAME[:PASSWORD]) to use with the registry' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l tls-verify -d 'Require HTTPS and verify certificates (false also allows plain HTTP)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l force-compression -d 'Recompress layers that are compressed with another algorithm'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -s q -l quiet -d 'Print nothing while pushing'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l remove-signatures -d 'Accepted for podman compatibility (signatures are never copied)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l disable-content-trust -d 'Accepted for docker compatibility (signatures are not made)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from search" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from search" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from search" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from search" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from search" -l limit -d 'Results per registry (default 25)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from search" -s f -l filter -d 'Filter results: stars=N, is-official[=BOOL], is-automated[=BOOL]' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from search" -l format -d 'Format output with a Go template (fields .Index .Name .Description .Stars .Official .Automated .Tag) or json' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from search" -l authfile -d 'Path of the authentication file (default: ${XDG_RUNTIME_DIR}/containers/auth.json)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from search" -l cert-dir -d 'Directory with certificates (*.crt) and client keys (*.cert, *.key) for the registry' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from search" -l creds -d 'Credentials (USERNAME[:PASSWORD]) to use with the registry' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from search" -l tls-verify -d 'Require HTTPS and verify certificates (false also allows plain HTTP)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from search" -l no-trunc -d 'Do not truncate descriptions'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from search" -l list-tags -d 'List the tags of the repository TERM names'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from search" -l compatible -d 'Also show the STARS, OFFICIAL and AUTOMATED columns (docker\'s table)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from search" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -s f -l format -d 'Format output with a Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from exists" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from exists" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from exists" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from exists" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
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
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "push" -d 'Push an image to a registry'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "search" -d 'Search registries for images'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "inspect" -d 'Display detailed information on images'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "exists" -d 'Check if an image exists (exit status 0 if it does, 1 if not)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -s f -l force -d 'Force removal: remove all names of an image given by ID'
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -s a -l all -d 'Remove all images'
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -s i -l ignore -d 'Ignore errors for images that do not exist'
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand tag" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand tag" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand tag" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand tag" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand tag" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand untag" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand untag" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand untag" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand untag" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand untag" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand load" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand load" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand load" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand load" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand load" -s i -l input -d 'Read from this archive file (or OCI layout directory) instead of stdin' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand load" -s q -l quiet -d 'Suppress the output'
complete -c skiff -n "__fish_skiff_using_subcommand load" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand save" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand save" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand save" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand save" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand save" -s o -l output -d 'Write to this file instead of stdout' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand save" -l format -d 'Archive format: docker-archive or oci-archive' -r
complete -c skiff -n "__fish_skiff_using_subcommand save" -s q -l quiet -d 'Suppress the output'
complete -c skiff -n "__fish_skiff_using_subcommand save" -s m -l multi-image-archive -d 'Accepted for podman compatibility: every archive may hold several images'
complete -c skiff -n "__fish_skiff_using_subcommand save" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand import" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand import" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand import" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand import" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand import" -s c -l change -d 'Apply a Dockerfile instruction to the image (CMD, ENTRYPOINT, ENV, EXPOSE, LABEL, ONBUILD, STOPSIGNAL, USER, VOLUME, WORKDIR)' -r
complete -c skiff -n "__fish_skiff_using_subcommand import" -s m -l message -d 'Commit message for the imported image' -r
complete -c skiff -n "__fish_skiff_using_subcommand import" -s q -l quiet -d 'Print only the image ID'
complete -c skiff -n "__fish_skiff_using_subcommand import" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand history" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand history" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand history" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand history" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand history" -s H -l human -d 'Print sizes and dates in human readable format' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand history" -l format -d 'Format output with a Go template, \'table TEMPLATE\' or \'json\'' -r
complete -c skiff -n "__fish_skiff_using_subcommand history" -l no-trunc -d 'Do not truncate output'
complete -c skiff -n "__fish_skiff_using_subcommand history" -s q -l quiet -d 'Only show image IDs'
complete -c skiff -n "__fish_skiff_using_subcommand history" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l authfile -d 'Path of the authentication file (default: ${XDG_RUNTIME_DIR}/containers/auth.json)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l cert-dir -d 'Directory with certificates (*.crt) and client keys (*.cert, *.key) for the registry' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l creds -d 'Credentials (USERNAME[:PASSWORD]) to use with the registry' -r
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l tls-verify -d 'Require HTTPS and verify certificates (false also allows plain HTTP)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l platform -d 'Pull the image for this platform (os/arch[/variant]) instead of the host\'s' -r
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l arch -d 'Use this architecture instead of the host\'s' -r
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l os -d 'Use this operating system instead of the host\'s' -r
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l variant -d 'Use this architecture variant instead of the host\'s' -r
complete -c skiff -n "__fish_skiff_using_subcommand pull" -s a -l all-tags -d 'Pull every tagged image of the repository'
complete -c skiff -n "__fish_skiff_using_subcommand pull" -s q -l quiet -d 'Print only the image IDs'
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l disable-content-trust -d 'Accepted for docker compatibility (signatures are not checked)'
complete -c skiff -n "__fish_skiff_using_subcommand pull" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand push" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand push" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand push" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand push" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand push" -l compression-format -d 'Compress layers with this algorithm: gzip or zstd' -r
complete -c skiff -n "__fish_skiff_using_subcommand push" -s f -l format -d 'Manifest format: oci or v2s2 (default: as stored)' -r
complete -c skiff -n "__fish_skiff_using_subcommand push" -l digestfile -d 'Write the digest of the pushed manifest to this file' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand push" -l authfile -d 'Path of the authentication file (default: ${XDG_RUNTIME_DIR}/containers/auth.json)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand push" -l cert-dir -d 'Directory with certificates (*.crt) and client keys (*.cert, *.key) for the registry' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand push" -l creds -d 'Credentials (USERNAME[:PASSWORD]) to use with the registry' -r
complete -c skiff -n "__fish_skiff_using_subcommand push" -l tls-verify -d 'Require HTTPS and verify certificates (false also allows plain HTTP)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand push" -l force-compression -d 'Recompress layers that are compressed with another algorithm'
complete -c skiff -n "__fish_skiff_using_subcommand push" -s q -l quiet -d 'Print nothing while pushing'
complete -c skiff -n "__fish_skiff_using_subcommand push" -l remove-signatures -d 'Accepted for podman compatibility (signatures are never copied)'
complete -c skiff -n "__fish_skiff_using_subcommand push" -l disable-content-trust -d 'Accepted for docker compatibility (signatures are not made)'
complete -c skiff -n "__fish_skiff_using_subcommand push" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand search" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand search" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand search" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand search" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand search" -l limit -d 'Results per registry (default 25)' -r
complete -c skiff -n "__fish_skiff_using_subcommand search" -s f -l filter -d 'Filter results: stars=N, is-official[=BOOL], is-automated[=BOOL]' -r
complete -c skiff -n "__fish_skiff_using_subcommand search" -l format -d 'Format output with a Go template (fields .Index .Name .Description .Stars .Official .Automated .Tag) or json' -r
complete -c skiff -n "__fish_skiff_using_subcommand search" -l authfile -d 'Path of the authentication file (default: ${XDG_RUNTIME_DIR}/containers/auth.json)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand search" -l cert-dir -d 'Directory with certificates (*.crt) and client keys (*.cert, *.key) for the registry' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand search" -l creds -d 'Credentials (USERNAME[:PASSWORD]) to use with the registry' -r
complete -c skiff -n "__fish_skiff_using_subcommand search" -l tls-verify -d 'Require HTTPS and verify certificates (false also allows plain HTTP)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand search" -l no-trunc -d 'Do not truncate descriptions'
complete -c skiff -n "__fish_skiff_using_subcommand search" -l list-tags -d 'List the tags of the repository TERM names'
complete -c skiff -n "__fish_skiff_using_subcommand search" -l compatible -d 'Also show the STARS, OFFICIAL and AUTOMATED columns (docker\'s table)'
complete -c skiff -n "__fish_skiff_using_subcommand search" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand login" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand login" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand login" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand login" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand login" -s u -l username -d 'Username' -r
complete -c skiff -n "__fish_skiff_using_subcommand login" -s p -l password -d 'Password (prefer --password-stdin)' -r
complete -c skiff -n "__fish_skiff_using_subcommand login" -l authfile -d 'Path of the authentication file (default: ${XDG_RUNTIME_DIR}/containers/auth.json)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand login" -l cert-dir -d 'Directory with certificates (*.crt) and client keys for the registry' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand login" -l tls-verify -d 'Require HTTPS and verify certificates (false also allows plain HTTP)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand login" -l password-stdin -d 'Read the password from stdin'
complete -c skiff -n "__fish_skiff_using_subcommand login" -l get-login -d 'Print the username stored for the registry'
complete -c skiff -n "__fish_skiff_using_subcommand login" -s v -l verbose -d 'Print where the credentials were written'
complete -c skiff -n "__fish_skiff_using_subcommand login" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand logout" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand logout" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand logout" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand logout" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand logout" -l authfile -d 'Path of the authentication file (default: ${XDG_RUNTIME_DIR}/containers/auth.json)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand logout" -s a -l all -d 'Remove the credentials of every registry'
complete -c skiff -n "__fish_skiff_using_subcommand logout" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -s f -l format -d 'Format output with a Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -s k -l type -d 'Only inspect objects of this type: image, container or all' -r -f -a "all\t''
image\t''
container\t''"
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -s s -l size -d 'Display the total file sizes (accepted; sizes are always shown)'
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists connect disconnect help" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists connect disconnect help" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists connect disconnect help" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists connect disconnect help" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
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
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -s d -l driver -d 'Driver (only bridge)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l subnet -d 'Subnet in CIDR form (default: the next free 10.89.N.0/24); again for an IPv6 subnet' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l gateway -d 'Gateway address (default: the subnet\'s first address), per family' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l ip-range -d 'Allocate container addresses from this sub-range (CIDR)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l label -d 'Set metadata on the network (KEY=VALUE)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -s o -l opt -d 'Driver options (KEY=VALUE)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l interface-name -d 'The bridge interface\'s name' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l internal -d 'No traffic in or out of the network, only between its containers'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l ipv6 -d 'Give containers IPv6 addresses too (a random fdXX:XXXX:XXXX::/64 unless an IPv6 --subnet is given)'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l ignore -d 'Do not fail if the network exists'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -s f -l filter -d 'Filter: name=, id=, driver=, label=KEY[=VALUE]' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -l format -d 'Format output with a Go template, \'table TEMPLATE\' or \'json\'' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Only display network names'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -s n -l noheading -d 'Do not print the header'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -l no-trunc -d 'Do not truncate the network ID'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -s f -l filter -d 'Filter: name=, id=, driver=, label=KEY[=VALUE]' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -l format -d 'Format output with a Go template, \'table TEMPLATE\' or \'json\'' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only display network names'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -s n -l noheading -d 'Do not print the header'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -l no-trunc -d 'Do not truncate the network ID'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from inspect" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from inspect" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from inspect" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from inspect" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from inspect" -s f -l format -d 'Format output with a Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from rm" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from rm" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from rm" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from rm" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from rm" -s f -l force -d 'Remove the containers that use it too'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from remove" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from remove" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from remove" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from remove" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from remove" -s f -l force -d 'Remove the containers that use it too'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from prune" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from prune" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from prune" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from prune" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from prune" -l filter -d 'Only networks with this label (label=KEY[=VALUE])' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not ask for confirmation'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from exists" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from exists" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from exists" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from exists" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from exists" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from connect" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from connect" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from connect" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from connect" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from connect" -l alias -d 'Another name for the container on this network (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from connect" -l ip -d 'The container\'s address on the network' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from connect" -l ip6 -d 'The container\'s IPv6 address on the network' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from connect" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
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
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists help" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
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
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from create" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from create" -s d -l driver -d 'Volume driver (only local)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from create" -s l -l label -d 'Set metadata on the volume (KEY=VALUE)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from create" -s o -l opt -d 'Driver options: type=, device=, o= (like docker\'s local driver)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from create" -l ignore -d 'Do not fail if the volume exists'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -s f -l filter -d 'Filter: name=, label=KEY[=VALUE], driver=, dangling=true|false, anonymous=true|false' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -l format -d 'Format output with a Go template, \'table TEMPLATE\' or \'json\'' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Only display volume names'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -s n -l noheading -d 'Do not print headers'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from list" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from list" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from list" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from list" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from list" -s f -l filter -d 'Filter: name=, label=KEY[=VALUE], driver=, dangling=true|false, anonymous=true|false' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from list" -l format -d 'Format output with a Go template, \'table TEMPLATE\' or \'json\'' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only display volume names'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from list" -s n -l noheading -d 'Do not print headers'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from inspect" -s f -l format -d 'Format output with a Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from inspect" -s a -l all -d 'Inspect every volume'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from rm" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from rm" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from rm" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from rm" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from rm" -s a -l all -d 'Remove every volume'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from rm" -s f -l force -d 'Remove the containers that use the volume first (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from remove" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from remove" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from remove" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from remove" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from remove" -s a -l all -d 'Remove every volume'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from remove" -s f -l force -d 'Remove the containers that use the volume first (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from prune" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from prune" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from prune" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from prune" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from prune" -l filter -d 'Only volumes matching: label=KEY[=VALUE], name=, anonymous=' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not ask for confirmation'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from exists" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from exists" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from exists" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from exists" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
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
complete -c skiff -n "__fish_skiff_using_subcommand version" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand version" -s f -l format -d 'Format output with a Go template or \'json\'' -r
complete -c skiff -n "__fish_skiff_using_subcommand version" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand info" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand info" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand info" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand info" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand info" -s f -l format -d 'Format output with a Go template or \'json\'' -r
complete -c skiff -n "__fish_skiff_using_subcommand info" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from info help" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from info help" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from info help" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from info help" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from info help" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from info help" -f -a "info" -d 'Display system-wide information'
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from info help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from info" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from info" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from info" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from info" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from info" -s f -l format -d 'Format output with a Go template or \'json\'' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from info" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from help" -f -a "info" -d 'Display system-wide information'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand completion" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand completion" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand completion" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand completion" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand completion" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand unshare" -l root -d 'Persistent storage directory (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand unshare" -l runroot -d 'Runtime state directory (on tmpfs)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand unshare" -l network-config-dir -d 'Directory of network definitions (default /etc/skiff/networks, or ~/.config/skiff/networks for other users)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand unshare" -l log-level -d 'Log messages at and above this level: error, warn, info, debug, trace' -r
complete -c skiff -n "__fish_skiff_using_subcommand unshare" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause restart rename port cp diff commit export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info system completion unshare help" -f -a "run" -d 'Create and run a new container'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause restart rename port cp diff commit export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info system completion unshare help" -f -a "create" -d 'Create a new container'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause restart rename port cp diff commit export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info system completion unshare help" -f -a "start" -d 'Start one or more containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause restart rename port cp diff commit export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info system completion unshare help" -f -a "ps" -d 'List containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause restart rename port cp diff commit export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info system completion unshare help" -f -a "stop" -d 'Stop one or more running containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause restart rename port cp diff commit export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info system completion unshare help" -f -a "kill" -d 'Kill one or more running containers with a signal'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause restart rename port cp diff commit export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info system completion unshare help" -f -a "rm" -d 'Remove one or more containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause restart rename port cp diff commit export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info system completion unshare help" -f -a "wait" -d 'Wait for containers to stop and print their exit codes'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause restart rename port cp diff commit export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info system completion unshare help" -f -a "logs" -d 'Show the logs of a container'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause restart rename port cp diff commit export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info system completion unshare help" -f -a "exec" -d 'Run a command in a running container'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause restart rename port cp diff commit export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info system completion unshare help" -f -a "attach" -d 'Attach to a running container'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause restart rename port cp diff commit export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info system completion unshare help" -f -a "top" -d 'Display the running processes of a container'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause restart rename port cp diff commit export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info system completion unshare help" -f -a "pause" -d 'Pause all processes within one or more containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause restart rename port cp diff commit export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info system completion unshare help" -f -a "unpause" -d 'Unpause all processes within one or more containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause restart rename port cp diff commit export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info system completion unshare help" -f -a "restart" -d 'Restart one or more containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause restart rename port cp diff commit export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info system completion unshare help" -f -a "rename" -d 'Rename a container'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause restart rename port cp diff commit export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info system completion unshare help" -f -a "port" -d 'List port mappings of a container'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause restart rename port cp diff commit export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info system completion unshare help" -f -a "cp" -d 'Copy files between a container and the host'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause restart rename port cp diff commit export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info system completion unshare help" -f -a "diff" -d 'Show the changes to a container\'s file system'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause restart rename port cp diff commit export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info system completion unshare help" -f -a "commit" -d 'Create an image from a container\'s changes'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause restart rename port cp diff commit export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info system completion unshare help" -f -a "export" -d 'Export a container\'s file system as a tar archive'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause restart rename port cp diff commit export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info system completion unshare help" -f -a "mount" -d 'Mount a container\'s root file system where the host can see it'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause restart rename port cp diff commit export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info system completion unshare help" -f -a "umount" -d 'Unmount a container\'s root file system'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause restart rename port cp diff commit export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info system completion unshare help" -f -a "container" -d 'Manage containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause restart rename port cp diff commit export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info system completion unshare help" -f -a "images" -d 'List images'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause restart rename port cp diff commit export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info system completion unshare help" -f -a "image" -d 'Manage images'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause restart rename port cp diff commit export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info system completion unshare help" -f -a "rmi" -d 'Remove one or more images'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause restart rename port cp diff commit export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info system completion unshare help" -f -a "tag" -d 'Add names to an image'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause restart rename port cp diff commit export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info system completion unshare help" -f -a "untag" -d 'Remove names from an image'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause restart rename port cp diff commit export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info system completion unshare help" -f -a "load" -d 'Load images from an archive (docker-archive or OCI)'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause restart rename port cp diff commit export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info system completion unshare help" -f -a "save" -d 'Save images to an archive'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause restart rename port cp diff commit export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info system completion unshare help" -f -a "import" -d 'Create an image from a root file system tarball'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause restart rename port cp diff commit export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info system completion unshare help" -f -a "history" -d 'Show the history of an image'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause restart rename port cp diff commit export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info system completion unshare help" -f -a "pull" -d 'Pull images from a registry'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause restart rename port cp diff commit export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info system completion unshare help" -f -a "push" -d 'Push an image to a registry'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause restart rename port cp diff commit export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info system completion unshare help" -f -a "search" -d 'Search registries for images'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause restart rename port cp diff commit export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info system completion unshare help" -f -a "login" -d 'Log in to a registry'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause restart rename port cp diff commit export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info system completion unshare help" -f -a "logout" -d 'Log out of a registry'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause restart rename port cp diff commit export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info system completion unshare help" -f -a "inspect" -d 'Display detailed information on images'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause restart rename port cp diff commit export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info system completion unshare help" -f -a "network" -d 'Manage networks'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause restart rename port cp diff commit export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info system completion unshare help" -f -a "volume" -d 'Manage volumes'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause restart rename port cp diff commit export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info system completion unshare help" -f -a "version" -d 'Show the skiff version'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause restart rename port cp diff commit export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info system completion unshare help" -f -a "info" -d 'Display system-wide information'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause restart rename port cp diff commit export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info system completion unshare help" -f -a "system" -d 'Manage skiff itself'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause restart rename port cp diff commit export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info system completion unshare help" -f -a "completion" -d 'Generate shell completion scripts'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause restart rename port cp diff commit export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info system completion unshare help" -f -a "unshare" -d 'Run a command in the rootless user namespace'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps stop kill rm wait logs exec attach top pause unpause restart rename port cp diff commit export mount umount container images image rmi tag untag load save import history pull push search login logout inspect network volume version info system completion unshare help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
