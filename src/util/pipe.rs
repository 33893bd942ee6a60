//! Two-stage pipelines over a bounded in-memory channel, like `gzip -dc |
//! tar -x`: a producer thread (download, hash, decompress) writes while the
//! calling thread (hash, unpack) reads, so the two halves of a layer pull
//! use two cores. The thread is scoped: it has ended when [`pipelined`]
//! returns.

use std::io::{self, Read, Write};
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};

/// Bytes per message.
const CHUNK: usize = 256 * 1024;
/// Messages in flight (so at most ~1 MiB is buffered).
const DEPTH: usize = 4;

/// The producer's end: buffers writes into chunks.
pub struct ChannelWriter {
    tx: SyncSender<Vec<u8>>,
    buf: Vec<u8>,
}

impl Write for ChannelWriter {
    fn write(&mut self, data: &[u8]) -> io::Result<usize> {
        let room = CHUNK - self.buf.len();
        let n = room.min(data.len());
        self.buf.extend_from_slice(&data[..n]);
        if self.buf.len() == CHUNK {
            self.flush()?;
        }
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        if self.buf.is_empty() {
            return Ok(());
        }
        let chunk = std::mem::replace(&mut self.buf, Vec::with_capacity(CHUNK));
        self.tx
            .send(chunk)
            .map_err(|_| io::Error::new(io::ErrorKind::BrokenPipe, "the reader stopped"))
    }
}

/// The consumer's end. End of stream is reported only when the producer
/// finished cleanly; if it failed, the read fails.
pub struct ChannelReader {
    rx: Receiver<Vec<u8>>,
    cur: Vec<u8>,
    pos: usize,
    done: bool,
}

impl Read for ChannelReader {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        while self.pos == self.cur.len() {
            if self.done {
                return Ok(0);
            }
            match self.rx.recv() {
                // An empty message marks a clean end.
                Ok(c) if c.is_empty() => self.done = true,
                Ok(c) => {
                    self.cur = c;
                    self.pos = 0;
                }
                Err(_) => {
                    return Err(io::Error::new(
                        io::ErrorKind::UnexpectedEof,
                        "the stream broke off (see the reason below)",
                    ));
                }
            }
        }
        let n = out.len().min(self.cur.len() - self.pos);
        out[..n].copy_from_slice(&self.cur[self.pos..self.pos + n]);
        self.pos += n;
        Ok(n)
    }
}

/// Run `produce` on a scoped thread writing into the pipe while `consume`
/// reads it here. Returns both results; the consumer's reader fails when
/// the producer did, so callers should look at the producer's error first.
pub fn pipelined<P, C, T>(produce: P, consume: C) -> (anyhow::Result<()>, anyhow::Result<T>)
where
    P: FnOnce(&mut ChannelWriter) -> anyhow::Result<()> + Send,
    C: FnOnce(&mut ChannelReader) -> anyhow::Result<T>,
{
    let (tx, rx) = sync_channel::<Vec<u8>>(DEPTH);
    std::thread::scope(|s| {
        let producer = s.spawn(move || {
            let mut w = ChannelWriter {
                tx,
                buf: Vec::with_capacity(CHUNK),
            };
            let r = produce(&mut w);
            if r.is_ok() {
                w.flush()?;
                // The end marker; if the reader is gone it does not matter.
                let _ = w.tx.send(Vec::new());
            }
            r
        });
        let mut reader = ChannelReader {
            rx,
            cur: Vec::new(),
            pos: 0,
            done: false,
        };
        let consumed = consume(&mut reader);
        // Unblock a producer still writing into a pipe nobody reads.
        drop(reader);
        let produced = producer
            .join()
            .unwrap_or_else(|_| Err(anyhow::anyhow!("internal error: the producer panicked")));
        (produced, consumed)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_arrive_in_order() {
        let data: Vec<u8> = (0..2_000_000u32).map(|i| (i % 251) as u8).collect();
        let (p, c) = pipelined(
            |w| {
                for chunk in data.chunks(7777) {
                    w.write_all(chunk)?;
                }
                Ok(())
            },
            |r| {
                let mut v = Vec::new();
                r.read_to_end(&mut v)?;
                Ok(v)
            },
        );
        p.unwrap();
        assert_eq!(c.unwrap(), data);
    }

    #[test]
    fn a_failed_producer_fails_the_reader_and_a_quitting_reader_frees_the_producer() {
        let (p, c) = pipelined(
            |w| {
                w.write_all(b"partial")?;
                anyhow::bail!("network down")
            },
            |r| {
                let mut v = Vec::new();
                r.read_to_end(&mut v)?;
                Ok(v)
            },
        );
        assert!(p.unwrap_err().to_string().contains("network down"));
        assert!(c.is_err());
        let (p, c) = pipelined(
            |w| {
                loop {
                    w.write_all(&[0u8; 4096])?;
                }
            },
            |_r| -> anyhow::Result<()> { anyhow::bail!("bad tar") },
        );
        assert!(p.is_err(), "the producer stops when the reader goes away");
        assert!(c.is_err());
    }
}
