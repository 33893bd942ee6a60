//! Networking: bridge networks and name resolution (root), published
//! ports (root: nftables; other users: pasta), network modes, teardown.
//! Traffic goes only to loopback and to the networks the tests create.
#![allow(clippy::print_stderr)]

mod common;
use common::*;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::time::Duration;

both_modes!(
    containers_reach_each_other_by_name,
    published_ports_serve_the_host,
    network_modes_and_dns_settings,
    network_commands,
    no_leaks_after_many_runs,
    a_dead_monitor_is_cleaned_up_after,
    ipv6_networks,
);

fn out(env: &Env, args: &[&str]) -> String {
    env.skiff(args).ok().stdout.clone()
}

/// Network definitions of this test only (bridges are the host's, so
/// each test also picks its own subnet and bridge name).
fn net_env(env: &Env) -> Vec<(&'static str, String)> {
    vec![(
        "SKIFF_NETWORK_CONFIG_DIR",
        env.dir.join("networks").display().to_string(),
    )]
}

fn sk(env: &Env, args: &[&str]) -> Output {
    let mut c = env.cmd(args);
    for (k, v) in net_env(env) {
        c = c.env(k, v);
    }
    c.run()
}

/// A unique subnet and bridge name for a test's network, removed (with
/// its containers) when dropped.
struct TestNet<'a> {
    env: &'a Env,
    name: String,
}

impl<'a> TestNet<'a> {
    fn create(env: &'a Env, extra: &[&str]) -> TestNet<'a> {
        let r = random_suffix();
        let octet = u8::from_str_radix(&r[..2], 16).unwrap_or(7);
        let third = u8::from_str_radix(&r[2..4], 16).unwrap_or(9);
        let name = format!("tnet{}", &r[..6]);
        let subnet = format!("10.{}.{}.0/24", 200 + octet % 50, third);
        let bridge = format!("skt{}", &r[..6]);
        let mut args = vec![
            "network",
            "create",
            "--subnet",
            &subnet,
            "--interface-name",
            &bridge,
        ];
        args.extend_from_slice(extra);
        args.push(&name);
        sk(env, &args).ok();
        TestNet { env, name }
    }
}

impl Drop for TestNet<'_> {
    fn drop(&mut self) {
        let _ = sk(self.env, &["network", "rm", "-f", &self.name]);
    }
}

fn free_udp_port() -> u16 {
    std::net::UdpSocket::bind(("127.0.0.1", 0))
        .and_then(|s| s.local_addr())
        .map(|a| a.port())
        .expect("a free UDP port")
}

/// Send `msg` to 127.0.0.1:`port` from a new socket until an answer comes
/// (the server may not listen yet): the answer.
fn udp_ask(port: u16, msg: &[u8]) -> String {
    let s = std::net::UdpSocket::bind(("127.0.0.1", 0)).unwrap();
    s.set_read_timeout(Some(Duration::from_millis(200)))
        .unwrap();
    let deadline = std::time::Instant::now() + Duration::from_secs(15);
    let mut buf = [0u8; 256];
    while std::time::Instant::now() < deadline {
        s.send_to(msg, ("127.0.0.1", port)).unwrap();
        if let Ok(n) = s.recv(&mut buf) {
            return String::from_utf8_lossy(&buf[..n]).into_owned();
        }
    }
    panic!("no answer from UDP port {port}");
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

const HTTPD: &str =
    "mkdir -p /www && echo served-by-$HOSTNAME > /www/index.html && exec httpd -f -p 80 -h /www";

/// Wait until a container's httpd answers through `port`.
fn wait_http(port: u16, want: &str) -> String {
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    loop {
        if let Ok(mut s) = TcpStream::connect(("127.0.0.1", port)) {
            let _ = s.set_read_timeout(Some(Duration::from_secs(5)));
            let _ = s.write_all(b"GET / HTTP/1.0\r\n\r\n");
            let mut body = String::new();
            let _ = s.read_to_string(&mut body);
            if body.contains(want) {
                return body;
            }
        }
        assert!(
            std::time::Instant::now() < deadline,
            "no answer on port {port}"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn containers_reach_each_other_by_name(env: &Env) {
    let Some(()) = env.load_busybox() else { return };
    let net = TestNet::create(env, &[]);
    // The seed case: a web container reaches its database by name.
    sk(
        env,
        &[
            "run",
            "-d",
            "--name",
            "db",
            "--network",
            &net.name,
            "--network-alias",
            "database",
            "-h",
            "dbhost",
            "busybox",
            "sh",
            "-c",
            HTTPD,
        ],
    )
    .ok();
    let o = sk(
        env,
        &[
            "run",
            "--rm",
            "--name",
            "web",
            "--network",
            &net.name,
            "busybox",
            "sh",
            "-c",
            "sleep 0.3; wget -q -O- http://db/ && wget -q -O- http://database/ && ping -c1 -W2 db >/dev/null && echo pinged",
        ],
    );
    o.ok();
    assert_eq!(o.stdout, "served-by-dbhost\nserved-by-dbhost\npinged\n");
    // The hosts file of db learned about web while it ran, and forgot it.
    let hosts = out(env, &["exec", "db", "cat", "/etc/hosts"]);
    assert!(!hosts.contains("web"), "{hosts}");
    assert!(hosts.contains("dbhost db"), "{hosts}");
    // --link gives another name; connect/disconnect change reachability.
    let o = sk(
        env,
        &[
            "run",
            "--rm",
            "--network",
            &net.name,
            "--link",
            "db:legacy",
            "busybox",
            "wget",
            "-q",
            "-O-",
            "http://legacy/",
        ],
    );
    assert_eq!(o.ok().stdout, "served-by-dbhost\n");
    sk(
        env,
        &[
            "run",
            "-d",
            "--name",
            "other",
            "--network",
            "bridge",
            "busybox",
            "sleep",
            "300",
        ],
    )
    .ok();
    assert_ne!(
        sk(env, &["exec", "other", "ping", "-c1", "-W1", "db"]).code,
        0
    );
    sk(
        env,
        &[
            "network",
            "connect",
            "--alias",
            "latecomer",
            &net.name,
            "other",
        ],
    )
    .ok();
    sk(env, &["exec", "other", "ping", "-c1", "-W2", "db"]).ok();
    assert!(out(env, &["exec", "db", "cat", "/etc/hosts"]).contains("latecomer"));
    let j = sk(env, &["inspect", "other"]).ok().json();
    assert!(
        j[0]["NetworkSettings"]["Networks"][&net.name]["IPAddress"]
            .as_str()
            .unwrap()
            .starts_with("10.")
    );
    sk(env, &["network", "disconnect", &net.name, "other"]).ok();
    assert_ne!(
        sk(env, &["exec", "other", "ping", "-c1", "-W1", "db"]).code,
        0
    );
    // Internal networks reach each other, not the outside (their gateway
    // is not a router).
    let internal = TestNet::create(env, &["--internal"]);
    let o = sk(
        env,
        &[
            "run",
            "--rm",
            "--network",
            &internal.name,
            "busybox",
            "ip",
            "route",
        ],
    );
    assert!(!o.ok().stdout.contains("default"), "{}", o.stdout);
    // --ip and --mac-address.
    let inspect = sk(
        env,
        &[
            "inspect",
            "db",
            "--format",
            "{{.NetworkSettings.IPAddress}}",
        ],
    )
    .ok()
    .stdout
    .clone();
    let base: Vec<&str> = inspect.trim().split('.').collect();
    let want_ip = format!("{}.{}.{}.77", base[0], base[1], base[2]);
    let o = sk(
        env,
        &[
            "run",
            "--rm",
            "--network",
            &net.name,
            "--ip",
            &want_ip,
            "--mac-address",
            "02:42:aa:bb:cc:dd",
            "busybox",
            "ip",
            "addr",
            "show",
            "eth0",
        ],
    );
    let text = o.ok().stdout.clone();
    assert!(
        text.contains(&want_ip) && text.contains("02:42:aa:bb:cc:dd"),
        "{text}"
    );
    sk(env, &["rm", "-f", "db", "other"]).ok();
}

fn published_ports_serve_the_host(env: &Env) {
    let Some(()) = env.load_busybox() else { return };
    if !env.rootless() {
        published_ports_with(env, None);
        return;
    }
    // pasta, slirp4netns, and a bridge network in the store's network
    // namespace (ports through skiff's forwarder).
    for (bin, mode) in [
        ("/usr/bin/pasta", "pasta"),
        ("/usr/bin/slirp4netns", "slirp4netns"),
        ("/usr/bin/pasta", "bridge"),
    ] {
        if mode == "pasta" && !skiff::network::pasta::has_default_route() {
            skip(
                &env.name,
                "pasta needs an external interface (a default route); this host has none",
            );
        } else if std::path::Path::new(bin).exists() {
            published_ports_with(env, Some(mode));
        } else {
            skip(&env.name, &format!("{bin} is not installed"));
        }
    }
}

/// `run` arguments with the network mode first.
fn with_net<'a>(mode: Option<&'a str>, args: &[&'a str]) -> Vec<&'a str> {
    let mut v = vec![args[0]];
    if let Some(m) = mode {
        v.extend(["--network", m]);
    }
    v.extend_from_slice(&args[1..]);
    v
}

fn published_ports_with(env: &Env, mode: Option<&str>) {
    let fixed = free_port();
    let spec = format!("127.0.0.1:{fixed}:80");
    sk(
        env,
        &with_net(
            mode,
            &[
                "run", "-d", "--name", "web", "-h", "webhost", "-p", &spec, "-p", "80", "busybox",
                "sh", "-c", HTTPD,
            ],
        ),
    )
    .ok();
    assert!(wait_http(fixed, "served-by-webhost").contains("200 OK"));
    // -p 80: a free port, which `port` reports.
    let p = out(env, &["port", "web", "80/tcp"]);
    let random: u16 = p
        .lines()
        .find(|l| l.starts_with("0.0.0.0:"))
        .and_then(|l| l.rsplit(':').next())
        .and_then(|x| x.parse().ok())
        .unwrap_or_else(|| panic!("{p}"));
    assert_ne!(random, 0);
    wait_http(random, "served-by-webhost");
    let all = out(env, &["port", "web"]);
    assert!(
        all.contains(&format!("80/tcp -> 127.0.0.1:{fixed}")),
        "{all}"
    );
    // ps and inspect.
    let ps = out(env, &["ps", "--format", "{{.Names}} {{.Ports}}"]);
    assert!(
        ps.contains(&format!(
            "web 127.0.0.1:{fixed}->80/tcp, 0.0.0.0:{random}->80/tcp"
        )),
        "{ps}"
    );
    let j = sk(env, &["inspect", "web"]).ok().json();
    assert_eq!(
        j[0]["NetworkSettings"]["Ports"]["80/tcp"][0]["HostPort"],
        fixed.to_string()
    );
    // A host port that is taken: a clear error before the container runs.
    let o = sk(
        env,
        &with_net(
            mode,
            &[
                "run", "-d", "--name", "clash", "-p", &spec, "busybox", "sleep", "300",
            ],
        ),
    );
    assert_eq!(o.code, 125, "{o:?}");
    assert!(o.stderr.contains(&fixed.to_string()), "{}", o.stderr);
    assert!(
        o.stderr.contains("in use") || o.stderr.contains("Address in use"),
        "{}",
        o.stderr
    );
    let st = out(env, &["inspect", "--format", "{{.State.Status}}", "clash"]);
    assert_ne!(st.trim(), "running");
    // -P publishes the exposed ports; `port` with no publication fails.
    sk(env, &["commit", "-q", "-c", "EXPOSE 80", "web", "exposing"]).ok();
    sk(
        env,
        &with_net(
            mode,
            &[
                "run", "-d", "--name", "all", "-P", "exposing", "sh", "-c", HTTPD,
            ],
        ),
    )
    .ok();
    let p = out(env, &["port", "all", "80"]);
    let port: u16 = p.trim().rsplit(':').next().unwrap().parse().unwrap();
    wait_http(port, "served-by");
    sk(env, &["port", "all", "81"]).fails_with(125);
    // UDP: a datagram to the published port is answered.
    let udp_port = match udp_echo() {
        Ok(echo) => {
            let port = free_udp_port();
            sk(
                env,
                &with_net(
                    mode,
                    &[
                        "run",
                        "-d",
                        "--name",
                        "udp",
                        "-v",
                        &format!("{}:/udpecho:ro", echo.display()),
                        "-p",
                        &format!("127.0.0.1:{port}:5353/udp"),
                        "busybox",
                        "/udpecho",
                        "5353",
                    ],
                ),
            )
            .ok();
            assert_eq!(udp_ask(port, b"ping"), "echo:ping");
            // A second client gets its own answers.
            assert_eq!(udp_ask(port, b"pong"), "echo:pong");
            Some(port)
        }
        Err(why) => {
            skip(&env.name, &format!("no UDP echo server: {why}"));
            None
        }
    };
    // After rm the ports are free again.
    sk(env, &["rm", "-f", "web", "all", "clash", "udp"]).ok();
    TcpListener::bind(("127.0.0.1", fixed)).expect("the host port is free again");
    if let Some(port) = udp_port {
        std::net::UdpSocket::bind(("127.0.0.1", port)).expect("the UDP port is free again");
    }
}

fn network_modes_and_dns_settings(env: &Env) {
    let Some(()) = env.load_busybox() else { return };
    assert_eq!(
        out(
            env,
            &[
                "run",
                "--rm",
                "--network",
                "none",
                "busybox",
                "ls",
                "/sys/class/net"
            ]
        ),
        "lo\n"
    );
    // host: the host's interfaces.
    let mut host: Vec<String> = std::fs::read_dir("/sys/class/net")
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    host.sort();
    let inside = out(
        env,
        &[
            "run",
            "--rm",
            "--network",
            "host",
            "busybox",
            "ls",
            "/sys/class/net",
        ],
    );
    let inside: Vec<&str> = inside.lines().collect();
    // (veths and the tests' bridges come and go with other tests.)
    let stable = |v: Vec<&str>| -> Vec<String> {
        v.into_iter()
            .filter(|n| {
                !["veth", "skt", "skc", "skp", "skiff"]
                    .iter()
                    .any(|p| n.starts_with(p))
            })
            .map(String::from)
            .collect()
    };
    assert_eq!(
        stable(inside),
        stable(host.iter().map(String::as_str).collect()),
        "--network host sees the host's interfaces"
    );
    // container:NAME shares the other's namespace.
    sk(
        env,
        &["run", "-d", "--name", "owner", "busybox", "sleep", "300"],
    )
    .ok();
    let theirs = out(env, &["exec", "owner", "ip", "-o", "-4", "addr"]);
    let mine = out(
        env,
        &[
            "run",
            "--rm",
            "--network",
            "container:owner",
            "busybox",
            "ip",
            "-o",
            "-4",
            "addr",
        ],
    );
    assert_eq!(theirs, mine, "the same network namespace");
    assert!(mine.lines().count() >= 2, "{mine}");
    // DNS and hosts settings.
    let o = sk(
        env,
        &[
            "run",
            "--rm",
            "--dns",
            "192.0.2.53",
            "--dns-search",
            "example.test",
            "--dns-option",
            "ndots:2",
            "--add-host",
            "gateway.test:192.0.2.1",
            "busybox",
            "sh",
            "-c",
            "cat /etc/resolv.conf /etc/hosts",
        ],
    );
    let text = o.ok().stdout.clone();
    assert!(text.contains("nameserver 192.0.2.53"), "{text}");
    assert!(text.contains("search example.test"), "{text}");
    assert!(text.contains("options ndots:2"), "{text}");
    assert!(text.contains("192.0.2.1\tgateway.test"), "{text}");
    sk(
        env,
        &["run", "--rm", "--add-host", "bad", "busybox", "true"],
    )
    .fails_with(125);
    sk(
        env,
        &["run", "--rm", "--network", "nosuchnet", "busybox", "true"],
    )
    .fails_with(125);
    // podman: the ports are dropped with a notice, the container runs.
    let o = sk(
        env,
        &[
            "run",
            "--rm",
            "--network",
            "none",
            "-p",
            "80",
            "busybox",
            "true",
        ],
    );
    o.ok();
    assert!(
        o.stderr.starts_with("Port mappings have been discarded"),
        "{}",
        o.stderr
    );
    sk(env, &["rm", "-f", "owner"]).ok();
}

fn network_commands(env: &Env) {
    let Some(()) = env.load_busybox() else { return };
    let ls = out_net(env, &["network", "ls"]);
    assert!(ls.starts_with("NETWORK ID"), "{ls}");
    assert!(ls.contains("skiff "), "{ls}");
    let r = random_suffix();
    let name = format!("cmdnet{}", &r[..6]);
    let bridge = format!("skc{}", &r[..6]);
    sk(
        env,
        &[
            "network",
            "create",
            "--subnet",
            "10.251.3.0/24",
            "--gateway",
            "10.251.3.254",
            "--ip-range",
            "10.251.3.128/25",
            "--label",
            "team=a",
            "--interface-name",
            &bridge,
            &name,
        ],
    )
    .ok();
    sk(
        env,
        &[
            "network",
            "create",
            "--subnet",
            "10.251.3.0/24",
            "overlapping",
        ],
    )
    .fails_with(125);
    sk(env, &["network", "create", &name]).fails_with(125);
    sk(
        env,
        &["network", "create", "--subnet", "10.1.2.3/24", "badsubnet"],
    )
    .fails_with(125);
    let j = sk(env, &["network", "inspect", &name]).ok().json();
    assert_eq!(j[0]["subnets"][0]["gateway"], "10.251.3.254");
    assert_eq!(j[0]["network_interface"], bridge);
    assert_eq!(j[0]["labels"]["team"], "a");
    assert_eq!(
        out_net(env, &["network", "ls", "-q", "--filter", "label=team=a"]),
        format!("{name}\n")
    );
    sk(env, &["network", "exists", &name]).ok();
    assert_eq!(sk(env, &["network", "exists", "nope"]).code, 1);
    sk(env, &["network", "inspect", "nope"]).fails_with(125);
    // In use: refused (2); -f removes the container too, and the bridge
    // (the host's for root; the store's namespace's otherwise).
    sk(
        env,
        &[
            "run",
            "-d",
            "--name",
            "user",
            "--network",
            &name,
            "busybox",
            "sleep",
            "300",
        ],
    )
    .ok();
    sk(env, &["network", "rm", &name]).fails_with(2);
    assert_eq!(
        out_net(env, &["network", "rm", "-f", &name]),
        format!("{name}\n")
    );
    assert_eq!(sk(env, &["container", "exists", "user"]).code, 1);
    if !env.rootless() {
        assert!(
            !std::path::Path::new("/sys/class/net")
                .join(&bridge)
                .exists()
        );
    }
    sk(env, &["network", "rm", "skiff"]).fails_with(125);
    sk(env, &["network", "rm", "nope"]).fails_with(1);
    sk(
        env,
        &[
            "network",
            "create",
            "--subnet",
            "10.251.4.0/24",
            "--interface-name",
            &format!("skp{}", &r[..6]),
            "prunable",
        ],
    )
    .ok();
    assert!(out_net(env, &["network", "prune", "-f"]).contains("prunable"));
    assert_eq!(out_net(env, &["network", "ls", "-q"]), "skiff\n");
}

fn out_net(env: &Env, args: &[&str]) -> String {
    sk(env, args).ok().stdout.clone()
}

fn no_leaks_after_many_runs(env: &Env) {
    let Some(()) = env.load_busybox() else { return };
    let cycles = 200;
    if env.rootless() && !std::path::Path::new("/usr/bin/pasta").exists() {
        skip(&env.name, "pasta is not installed (apt-get install passt)");
        return;
    }
    let net = (!env.rootless()).then(|| TestNet::create(env, &[]));
    let mut args = vec!["run", "-d", "-p", "127.0.0.1::80"];
    if let Some(n) = &net {
        args.extend(["--network", n.name.as_str()]);
    }
    args.extend(["busybox", "true"]);
    let mut ids = Vec::new();
    for i in 0..cycles {
        let id = sk(env, &args).ok().stdout.trim().to_string();
        // Half of them still running when removed.
        if i % 2 == 0 {
            sk(env, &["wait", &id]).ok();
        }
        sk(env, &["rm", "-f", &id]).ok();
        ids.push(id);
    }
    // Nothing left: no container directories, no leases, no veths on the
    // test's bridge, no nft tables of these containers, no pasta.
    let runroot = env.runroot.join("containers");
    let left = std::fs::read_dir(&runroot).map_or(0, Iterator::count);
    assert_eq!(left, 0, "run directories left in {}", runroot.display());
    assert_eq!(out(env, &["ps", "-aq"]), "");
    // No pasta (or other helper) of this test's containers is left: their
    // command lines name the test's runroot.
    let mine = std::process::Command::new("pgrep")
        .arg("-f")
        .arg(env.runroot.to_str().unwrap())
        .output()
        .unwrap();
    // (but the rootless store's user namespace holder, which stays).
    let holder = std::fs::read_to_string(env.runroot.join("userns.pid"))
        .unwrap_or_default()
        .split_whitespace()
        .next()
        .unwrap_or("")
        .to_string();
    let left: Vec<String> = String::from_utf8_lossy(&mine.stdout)
        .lines()
        .filter(|p| *p != holder)
        .map(String::from)
        .collect();
    assert!(left.is_empty(), "processes left behind: {left:?}");
    if let Some(n) = &net {
        let j = sk(env, &["network", "inspect", &n.name]).ok().json();
        let bridge = j[0]["network_interface"].as_str().unwrap().to_string();
        // The kernel removes a veth with its namespace, in the background.
        let deadline = std::time::Instant::now() + Duration::from_secs(10);
        let brif = format!("/sys/class/net/{bridge}/brif");
        while std::fs::read_dir(&brif).map_or(0, Iterator::count) > 0
            && std::time::Instant::now() < deadline
        {
            std::thread::sleep(Duration::from_millis(50));
        }
        let ports = std::fs::read_dir(&brif).map_or(0, Iterator::count);
        assert_eq!(ports, 0, "veths left on {bridge}");
        let leases =
            std::fs::read_to_string(format!("/run/skiff/ipam/{bridge}.json")).unwrap_or_default();
        assert!(!leases.contains("\"container\""), "{leases}");
        let tables = std::process::Command::new("nft")
            .args(["list", "tables"])
            .output()
            .unwrap();
        let tables = String::from_utf8_lossy(&tables.stdout);
        for id in &ids {
            if id.len() >= 12 {
                assert!(
                    !tables.contains(&format!("skiff-ctr-{}", &id[..12])),
                    "{tables}"
                );
            }
        }
    }
}

fn a_dead_monitor_is_cleaned_up_after(env: &Env) {
    let Some(()) = env.load_busybox() else { return };
    if env.rootless() && !std::path::Path::new("/usr/bin/pasta").exists() {
        skip(&env.name, "pasta is not installed (apt-get install passt)");
        return;
    }
    let net = (!env.rootless()).then(|| TestNet::create(env, &[]));
    let port = free_port();
    let spec = format!("127.0.0.1:{port}:80");
    let mut args = vec!["run", "-d", "-h", "crashy", "-p", spec.as_str()];
    if let Some(n) = &net {
        args.extend(["--network", n.name.as_str()]);
    }
    args.extend(["busybox", "sh", "-c", HTTPD]);
    let id = sk(env, &args).ok().stdout.trim().to_string();
    wait_http(port, "served-by-crashy");
    let state: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(env.root.join("containers").join(&id).join("state.json")).unwrap(),
    )
    .unwrap();
    let monitor = state["monitor_pid"].as_i64().unwrap();
    assert!(monitor > 0);
    // The monitor dies without cleaning up.
    nix::sys::signal::kill(
        nix::unistd::Pid::from_raw(monitor as i32),
        nix::sys::signal::SIGKILL,
    )
    .unwrap();
    let deadline = std::time::Instant::now() + Duration::from_secs(5);
    while std::path::Path::new(&format!("/proc/{monitor}")).exists()
        && std::time::Instant::now() < deadline
    {
        std::thread::sleep(Duration::from_millis(20));
    }
    // The next command notices and releases everything.
    let st = out(
        env,
        &[
            "inspect",
            "--format",
            "{{.State.Status}} {{.State.ExitCode}}",
            &id,
        ],
    );
    assert_eq!(st, "exited 137\n");
    let deadline = std::time::Instant::now() + Duration::from_secs(5);
    while TcpListener::bind(("127.0.0.1", port)).is_err() && std::time::Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    TcpListener::bind(("127.0.0.1", port)).expect("the published port is free again");
    if let Some(n) = &net {
        let j = sk(env, &["network", "inspect", &n.name]).ok().json();
        let bridge = j[0]["network_interface"].as_str().unwrap().to_string();
        let leases =
            std::fs::read_to_string(format!("/run/skiff/ipam/{bridge}.json")).unwrap_or_default();
        assert!(!leases.contains(&id), "{leases}");
        let tables = std::process::Command::new("nft")
            .args(["list", "tables"])
            .output()
            .unwrap();
        assert!(
            !String::from_utf8_lossy(&tables.stdout).contains(&format!("skiff-ctr-{}", &id[..12]))
        );
    }
    // And it starts again.
    sk(env, &["start", &id]).ok();
    wait_http(port, "served-by-crashy");
    sk(env, &["rm", "-f", &id]).ok();
}

/// The pid in a `<runroot>` pid file (`userns.pid`, `netns-pasta.pid`).
fn pid_in(env: &Env, file: &str) -> Option<i32> {
    std::fs::read_to_string(env.runroot.join(file))
        .ok()?
        .split_whitespace()
        .next()?
        .parse()
        .ok()
}

fn alive(pid: i32) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .is_ok_and(|s| s.split_whitespace().nth(2).is_none_or(|st| st != "Z"))
}

/// Rootless only (root has no user namespace holder): when the store's
/// holder dies, the next command makes a new user and network namespace;
/// the pasta that connected the old one goes, and the new namespace gets
/// its own.
#[test]
fn a_new_holder_replaces_the_namespace_pasta() {
    let Some(env) = Env::new(Mode::Rootless, "a_new_holder_replaces_the_namespace_pasta") else {
        return;
    };
    if !std::path::Path::new("/usr/bin/pasta").exists() {
        skip(&env.name, "/usr/bin/pasta is not installed");
        return;
    }
    if !skiff::network::pasta::has_default_route() {
        skip(
            &env.name,
            "pasta needs an external interface (a default route); this host has none",
        );
        return;
    }
    let Some(()) = env.load_busybox() else { return };
    let net = TestNet::create(&env, &[]);
    sk(
        &env,
        &["run", "--rm", "--network", &net.name, "busybox", "true"],
    )
    .ok();
    let old_pasta = pid_in(&env, "netns-pasta.pid").expect("the namespace's pasta");
    let old_holder = pid_in(&env, "userns.pid").expect("the holder");
    assert!(alive(old_pasta));
    nix::sys::signal::kill(
        nix::unistd::Pid::from_raw(old_holder),
        nix::sys::signal::SIGKILL,
    )
    .unwrap();
    let deadline = std::time::Instant::now() + Duration::from_secs(5);
    while alive(old_holder) && std::time::Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    sk(
        &env,
        &["run", "--rm", "--network", &net.name, "busybox", "true"],
    )
    .ok();
    let new_pasta = pid_in(&env, "netns-pasta.pid").expect("a pasta for the new namespace");
    assert_ne!(new_pasta, old_pasta);
    assert!(alive(new_pasta));
    let deadline = std::time::Instant::now() + Duration::from_secs(5);
    while alive(old_pasta) && std::time::Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(
        !alive(old_pasta),
        "the old namespace's pasta is still running"
    );
    // The new pasta serves the new holder's namespace.
    let holder = pid_in(&env, "userns.pid").expect("the new holder");
    assert_ne!(holder, old_holder);
}

/// `--ipv6`: containers get an address from a random ULA /64 as well,
/// reach each other over IPv6 by name, `--ip6` picks one, inspect shows
/// them, and `network rm` removes the IPv6 table too.
fn ipv6_networks(env: &Env) {
    let Some(()) = env.load_busybox() else { return };
    let net = TestNet::create(env, &["--ipv6"]);
    let j = sk(env, &["network", "inspect", &net.name]).ok().json();
    assert_eq!(j[0]["ipv6_enabled"], true);
    let subnet6 = j[0]["subnets"][1]["subnet"].as_str().unwrap().to_string();
    let gateway6 = j[0]["subnets"][1]["gateway"].as_str().unwrap().to_string();
    assert!(
        subnet6.starts_with("fd") && subnet6.ends_with("::/64"),
        "{subnet6}"
    );
    let bridge = j[0]["network_interface"].as_str().unwrap().to_string();
    let prefix = subnet6.trim_end_matches("/64").trim_end_matches(':');
    let fixed = format!("{prefix}::99");
    sk(
        env,
        &[
            "run",
            "-d",
            "--name",
            "web6",
            "--network",
            &net.name,
            "--ip6",
            &fixed,
            "busybox",
            "sh",
            "-c",
            HTTPD,
        ],
    )
    .ok();
    let ip6 = out(
        env,
        &[
            "inspect",
            "-f",
            "{{.NetworkSettings.GlobalIPv6Address}}",
            "web6",
        ],
    );
    assert_eq!(ip6.trim(), fixed);
    assert_eq!(
        out(
            env,
            &[
                "inspect",
                "-f",
                "{{.NetworkSettings.IPv6Gateway}} {{.NetworkSettings.GlobalIPv6PrefixLen}}",
                "web6"
            ]
        )
        .trim(),
        format!("{gateway6} 64")
    );
    // By name over IPv6, and HTTP to the IPv6 address.
    let script = format!(
        "ping -6 -c1 -W5 web6 >/dev/null && echo ping-ok; \
         for i in 1 2 3 4 5 6 7 8 9 10; do wget -qO- http://[{fixed}]:80/ && break; sleep 0.2; done; \
         ip -6 addr show eth0 | grep -c 'inet6 {prefix}::'"
    );
    let o = sk(
        env,
        &[
            "run",
            "--rm",
            "--network",
            &net.name,
            "busybox",
            "sh",
            "-c",
            &script,
        ],
    );
    o.ok();
    let host = out(env, &["inspect", "-f", "{{.Config.Hostname}}", "web6"]);
    assert_eq!(
        o.stdout,
        format!("ping-ok\nserved-by-{}\n1\n", host.trim()),
        "{}",
        o.stderr
    );
    let hosts = out(env, &["exec", "web6", "cat", "/etc/hosts"]);
    assert!(hosts.contains(&format!("{fixed}\t")), "{hosts}");
    // The address is taken: a second container cannot have it.
    let o = sk(
        env,
        &[
            "run",
            "--rm",
            "--network",
            &net.name,
            "--ip6",
            &fixed,
            "busybox",
            "true",
        ],
    );
    o.fails_with(125);
    assert!(o.stderr.contains("already in use"), "{}", o.stderr);
    if !env.rootless() {
        // The host reaches it through the bridge.
        let addr: std::net::Ipv6Addr = fixed.parse().unwrap();
        let mut s = TcpStream::connect((addr, 80)).expect("connecting over IPv6");
        s.write_all(b"GET / HTTP/1.0\r\n\r\n").unwrap();
        let mut body = String::new();
        let _ = s.read_to_string(&mut body);
        assert!(body.contains("200 OK"), "{body}");
    }
    // A running container on an IPv4 network joins the IPv6 one live.
    let other = TestNet::create(env, &[]);
    sk(
        env,
        &[
            "run",
            "-d",
            "--name",
            "late",
            "--network",
            &other.name,
            "busybox",
            "sleep",
            "300",
        ],
    )
    .ok();
    let late6 = format!("{prefix}::77");
    sk(
        env,
        &["network", "connect", "--ip6", &late6, &net.name, "late"],
    )
    .ok();
    let addrs = out(env, &["exec", "late", "ip", "-6", "addr", "show", "eth1"]);
    assert!(addrs.contains(&format!("inet6 {late6}/64")), "{addrs}");
    let o = sk(env, &["exec", "late", "ping", "-6", "-c1", "-W5", "web6"]);
    o.ok();
    sk(env, &["rm", "-f", "web6", "late"]).ok();
    sk(env, &["network", "rm", &net.name]).ok();
    if !env.rootless() {
        let tables = std::process::Command::new("nft")
            .args(["list", "tables"])
            .output()
            .unwrap();
        let tables = String::from_utf8_lossy(&tables.stdout);
        assert!(!tables.contains(&format!("skiff-net-{bridge}")), "{tables}");
    }
}
