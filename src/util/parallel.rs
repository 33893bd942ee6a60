//! A bounded pool of scoped threads for layer downloads and uploads.
//!
//! Threads end before [`map`] returns, and it waits until the kernel has
//! let them go, so a caller may fork afterwards (see `runtime::sys`).

use std::collections::VecDeque;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};

/// Apply `f` to every item with at most `workers` threads, keeping order.
/// The first error stops the others from taking new items (and is set in
/// `cancel`, which `f` may watch to stop early); it is the error returned.
pub fn map<T, R, F>(
    items: &[T],
    workers: usize,
    cancel: &AtomicBool,
    f: F,
) -> anyhow::Result<Vec<R>>
where
    T: Sync,
    R: Send,
    F: Fn(&T) -> anyhow::Result<R> + Sync,
{
    let n = items.len();
    let workers = workers.clamp(1, 16).min(n.max(1));
    if workers == 1 {
        return items.iter().map(&f).collect();
    }
    let results: Vec<Mutex<Option<R>>> = (0..n).map(|_| Mutex::new(None)).collect();
    let queue = Mutex::new((0..n).collect::<VecDeque<usize>>());
    let first_error: Mutex<Option<anyhow::Error>> = Mutex::new(None);
    let work = || {
        loop {
            if cancel.load(Ordering::Relaxed) {
                return;
            }
            let next = queue.lock().ok().and_then(|mut q| q.pop_front());
            let Some(i) = next else { return };
            match f(&items[i]) {
                Ok(r) => {
                    if let Ok(mut slot) = results[i].lock() {
                        *slot = Some(r);
                    }
                }
                Err(e) => {
                    cancel.store(true, Ordering::Relaxed);
                    if let Ok(mut first) = first_error.lock()
                        && first.is_none()
                    {
                        *first = Some(e);
                    }
                    return;
                }
            }
        }
    };
    std::thread::scope(|s| {
        for _ in 0..workers {
            s.spawn(work);
        }
    });
    crate::runtime::sys::settle_threads();
    if let Ok(Some(e)) = first_error.into_inner() {
        return Err(e);
    }
    results
        .into_iter()
        .map(|m| {
            m.into_inner()
                .ok()
                .flatten()
                .ok_or_else(|| anyhow::anyhow!("internal error: a worker thread failed"))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_order_and_stops_at_the_first_error() {
        let cancel = AtomicBool::new(false);
        let v: Vec<u32> = (0..50).collect();
        let out = map(&v, 4, &cancel, |x| Ok(x * 2)).unwrap();
        assert_eq!(out, v.iter().map(|x| x * 2).collect::<Vec<_>>());
        let e = map(&v, 3, &cancel, |x| {
            if *x == 7 {
                anyhow::bail!("seven")
            }
            Ok(*x)
        })
        .unwrap_err();
        assert_eq!(e.to_string(), "seven");
        assert!(cancel.load(Ordering::Relaxed));
        assert!(map(&v, 1, &AtomicBool::new(false), |x| Ok(*x)).is_ok());
    }
}
