"""The Docker SDK for Python (Debian's python3-docker) against skiff's
service: run by tests/api.rs with DOCKER_HOST set, the test registry's
image name as argv[1] and a scratch directory as argv[2]. Each check
prints one line; the last line is "ok"."""

import io
import sys
import tarfile
import threading

import docker

pulled_name, scratch = sys.argv[1], sys.argv[2]
c = docker.from_env(version="auto", timeout=60)


def check(what, cond, detail=""):
    if not cond:
        print(f"FAILED: {what}: {detail}", flush=True)
        sys.exit(1)
    print(f"checked: {what}", flush=True)


check("ping", c.ping() is True)
check("version", c.version()["ApiVersion"] == "1.41", c.version())

# Events, streamed while the rest runs.
seen = []
done = threading.Event()
stream = c.events(decode=True, filters={"type": "container", "container": "sdk1"})


def watch():
    for e in stream:
        seen.append(e["Action"])
        if e["Action"] == "destroy":
            break
    done.set()


threading.Thread(target=watch, daemon=True).start()

# Create, start, wait, logs, remove.
ct = c.containers.create(
    "localhost/busybox",
    ["sh", "-c", "echo out; echo err >&2; exit 3"],
    name="sdk1",
    network_mode="none",
    labels={"made-by": "sdk"},
)
check("created", ct.name == "sdk1" and ct.status == "created", ct.status)
ct.start()
r = ct.wait()
check("wait", r["StatusCode"] == 3, r)
check("stdout", ct.logs(stdout=True, stderr=False) == b"out\n", ct.logs())
check("stderr", ct.logs(stdout=False, stderr=True) == b"err\n", ct.logs())
ct.reload()
check("exited", ct.status == "exited" and ct.attrs["State"]["ExitCode"] == 3, ct.attrs["State"])
check("labels", ct.labels.get("made-by") == "sdk", ct.labels)
ct.remove()
check("events", done.wait(15), seen)
check("event order", seen == ["create", "start", "die", "destroy"], seen)
stream.close()

# Detached, exec with demux, stop.
ct = c.containers.run(
    "localhost/busybox", ["sleep", "60"], name="sdk2", detach=True, network_mode="none"
)
code, (out, err) = ct.exec_run(["sh", "-c", "echo o; echo e >&2; exit 2"], demux=True)
check("exec demux", (code, out, err) == (2, b"o\n", b"e\n"), (code, out, err))
code, out = ct.exec_run(["cat", "/etc/hostname"])
check("exec", code == 0 and out.decode().strip() == ct.id[:12], (code, out))
check("listed", [x.name for x in c.containers.list()] == ["sdk2"], c.containers.list())
ct.stop(timeout=1)
ct.reload()
check("stopped", ct.status == "exited", ct.status)
ct.remove()

# Pull from the test registry, build, run with remove.
img = c.images.pull(pulled_name)
check("pulled", pulled_name in img.tags, img.tags)
ctx = io.BytesIO()
with tarfile.open(fileobj=ctx, mode="w") as t:
    df = b"FROM localhost/busybox\nRUN echo built > /b\nCMD [\"cat\", \"/b\"]\n"
    info = tarfile.TarInfo("Dockerfile")
    info.size = len(df)
    t.addfile(info, io.BytesIO(df))
ctx.seek(0)
built, logs = c.images.build(fileobj=ctx, custom_context=True, tag="localhost/sdkbuilt:1")
check("built", "localhost/sdkbuilt:1" in built.tags, built.tags)
check("build log", any("built" in (l.get("stream") or "") or "Step" in (l.get("stream") or "") for l in logs), logs)
out = c.containers.run("localhost/sdkbuilt:1", remove=True, network_mode="none")
check("run built", out == b"built\n", out)

# Networks and volumes.
net = c.networks.create("sdknet")
check("network", "sdknet" in [n.name for n in c.networks.list()])
ct = c.containers.run(
    "localhost/busybox", ["sleep", "60"], name="sdk3", detach=True, network="sdknet"
)
ct.reload()
check("on network", "sdknet" in ct.attrs["NetworkSettings"]["Networks"], ct.attrs["NetworkSettings"])
ct.remove(force=True)
net.remove()
check("network gone", "sdknet" not in [n.name for n in c.networks.list()])
vol = c.volumes.create("sdkvol", labels={"k": "v"})
check("volume", c.volumes.get("sdkvol").attrs["Labels"] == {"k": "v"}, vol.attrs)
out = c.containers.run(
    "localhost/busybox",
    ["sh", "-c", "echo kept > /data/f; cat /data/f"],
    remove=True,
    network_mode="none",
    volumes={"sdkvol": {"bind": "/data", "mode": "rw"}},
)
check("volume mounted", out == b"kept\n", out)
vol.remove()
check("volume gone", "sdkvol" not in [v.name for v in c.volumes.list()])
print("ok", flush=True)
