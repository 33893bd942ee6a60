//! A small seccomp-BPF compiler: per-syscall rule lists with 64-bit
//! argument conditions and their own actions, a default action, an
//! architecture check, and a binary search over syscall numbers.
//!
//! Layout of the program:
//! ```text
//!   ld arch; jeq AUDIT_ARCH else KILL_PROCESS
//!   ld nr; [x86_64: nr >= 0x40000000 (x32) → default]
//!   binary search on nr → the syscall's block, or the default action
//!   block: rule 1 conditions → action 1; rule 2 ...; → default
//! ```
//! Conditional jumps only ever skip one instruction; every longer jump is
//! a `ja` (32-bit offset), so programs of any size assemble.

use std::collections::BTreeMap;

// BPF opcodes (linux/filter.h, linux/bpf_common.h).
const BPF_LD_W_ABS: u16 = 0x20;
const BPF_JMP_JA: u16 = 0x05;
const BPF_JEQ_K: u16 = 0x05 | 0x10;
const BPF_JGT_K: u16 = 0x05 | 0x20;
const BPF_JGE_K: u16 = 0x05 | 0x30;
const BPF_RET_K: u16 = 0x06;
const BPF_ALU_AND_K: u16 = 0x04 | 0x50;

const OFF_NR: u32 = 0;
const OFF_ARCH: u32 = 4;
const OFF_ARGS: u32 = 16;

pub const AUDIT_ARCH_X86_64: u32 = 0xC000_003E;
pub const AUDIT_ARCH_AARCH64: u32 = 0xC000_00B7;
const X32_SYSCALL_BIT: u32 = 0x4000_0000;

/// One BPF instruction (`struct sock_filter`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(C)]
pub struct SockFilter {
    pub code: u16,
    pub jt: u8,
    pub jf: u8,
    pub k: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Action {
    Allow,
    Errno(u16),
    KillThread,
    KillProcess,
    Trap,
    Log,
    Trace(u16),
}

impl Action {
    pub fn ret(self) -> u32 {
        match self {
            Action::KillProcess => 0x8000_0000,
            Action::KillThread => 0,
            Action::Trap => 0x0003_0000,
            Action::Errno(e) => 0x0005_0000 | u32::from(e),
            Action::Trace(d) => 0x7ff0_0000 | u32::from(d),
            Action::Log => 0x7ffc_0000,
            Action::Allow => 0x7fff_0000,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Op {
    Ne,
    Lt,
    Le,
    Eq,
    Ge,
    Gt,
    /// `(arg & mask) == value`.
    MaskedEq {
        mask: u64,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Cond {
    pub arg: u8,
    pub op: Op,
    pub value: u64,
}

/// All conditions must hold for the action to be taken.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Rule {
    pub conds: Vec<Cond>,
    pub action: Action,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Filter {
    pub arch: u32,
    pub default: Action,
    /// Syscall number → rules, tried in order; the first that matches
    /// decides. A syscall with no matching rule gets the default.
    pub rules: BTreeMap<u32, Vec<Rule>>,
}

/// Instructions with symbolic jump targets, resolved at the end.
enum Ins {
    Raw(SockFilter),
    /// Unconditional jump to a label.
    Jump(usize),
    Label(usize),
}

struct Asm {
    code: Vec<Ins>,
    labels: usize,
}

impl Asm {
    fn label(&mut self) -> usize {
        self.labels += 1;
        self.labels - 1
    }

    fn raw(&mut self, code: u16, jt: u8, jf: u8, k: u32) {
        self.code.push(Ins::Raw(SockFilter { code, jt, jf, k }));
    }

    fn place(&mut self, l: usize) {
        self.code.push(Ins::Label(l));
    }

    fn jump(&mut self, l: usize) {
        self.code.push(Ins::Jump(l));
    }

    fn ret(&mut self, a: Action) {
        self.raw(BPF_RET_K, 0, 0, a.ret());
    }

    /// Continue if `A <op> k`, else jump to `fail`.
    fn require(&mut self, code: u16, k: u32, want_true: bool, fail: usize) {
        // jcond k: true → skip the `ja fail` (or not).
        if want_true {
            self.raw(code, 1, 0, k);
        } else {
            self.raw(code, 0, 1, k);
        }
        self.jump(fail);
    }

    fn finish(self) -> Vec<SockFilter> {
        let mut pos = vec![0usize; self.labels];
        let mut n = 0;
        for i in &self.code {
            match i {
                Ins::Label(l) => pos[*l] = n,
                _ => n += 1,
            }
        }
        let mut out = Vec::with_capacity(n);
        for i in self.code {
            match i {
                Ins::Raw(f) => out.push(f),
                Ins::Jump(l) => {
                    let here = out.len();
                    out.push(SockFilter {
                        code: BPF_JMP_JA,
                        jt: 0,
                        jf: 0,
                        k: (pos[l] - here - 1) as u32,
                    });
                }
                Ins::Label(_) => {}
            }
        }
        out
    }
}

fn hi(v: u64) -> u32 {
    (v >> 32) as u32
}

fn lo(v: u64) -> u32 {
    v as u32
}

/// Emit the test of one condition; jump to `fail` if it does not hold.
fn cond(a: &mut Asm, c: &Cond, fail: usize) {
    let off_lo = OFF_ARGS + 8 * u32::from(c.arg);
    let off_hi = off_lo + 4;
    match c.op {
        Op::Eq => {
            a.raw(BPF_LD_W_ABS, 0, 0, off_hi);
            a.require(BPF_JEQ_K, hi(c.value), true, fail);
            a.raw(BPF_LD_W_ABS, 0, 0, off_lo);
            a.require(BPF_JEQ_K, lo(c.value), true, fail);
        }
        Op::MaskedEq { mask } => {
            a.raw(BPF_LD_W_ABS, 0, 0, off_hi);
            a.raw(BPF_ALU_AND_K, 0, 0, hi(mask));
            a.require(BPF_JEQ_K, hi(c.value), true, fail);
            a.raw(BPF_LD_W_ABS, 0, 0, off_lo);
            a.raw(BPF_ALU_AND_K, 0, 0, lo(mask));
            a.require(BPF_JEQ_K, lo(c.value), true, fail);
        }
        Op::Ne => {
            // Holds if either half differs.
            let ok = a.label();
            a.raw(BPF_LD_W_ABS, 0, 0, off_hi);
            a.raw(BPF_JEQ_K, 1, 0, hi(c.value));
            a.jump(ok);
            a.raw(BPF_LD_W_ABS, 0, 0, off_lo);
            a.require(BPF_JEQ_K, lo(c.value), false, fail);
            a.place(ok);
        }
        Op::Gt | Op::Ge | Op::Lt | Op::Le => {
            // Unsigned 64-bit compare: decide on the high word unless it is
            // equal, then on the low word.
            let ok = a.label();
            let (strict_hi, low_code, low_true) = match c.op {
                Op::Gt => (true, BPF_JGT_K, true),
                Op::Ge => (true, BPF_JGE_K, true),
                Op::Lt => (false, BPF_JGE_K, false),
                _ => (false, BPF_JGT_K, false), // Le
            };
            a.raw(BPF_LD_W_ABS, 0, 0, off_hi);
            if strict_hi {
                // hi > vhi → ok; hi < vhi → fail; equal → low word.
                a.raw(BPF_JGT_K, 0, 1, hi(c.value));
                a.jump(ok);
                a.require(BPF_JEQ_K, hi(c.value), true, fail);
            } else {
                // hi < vhi → ok; hi > vhi → fail; equal → low word.
                a.raw(BPF_JGE_K, 1, 0, hi(c.value));
                a.jump(ok);
                a.require(BPF_JEQ_K, hi(c.value), true, fail);
            }
            a.raw(BPF_LD_W_ABS, 0, 0, off_lo);
            a.require(low_code, lo(c.value), low_true, fail);
            a.place(ok);
        }
    }
}

/// Compile a filter to BPF.
pub fn compile(f: &Filter) -> Vec<SockFilter> {
    let mut a = Asm {
        code: Vec::new(),
        labels: 0,
    };
    let default = a.label();
    let kill = a.label();
    a.raw(BPF_LD_W_ABS, 0, 0, OFF_ARCH);
    a.require(BPF_JEQ_K, f.arch, true, kill);
    a.raw(BPF_LD_W_ABS, 0, 0, OFF_NR);
    if f.arch == AUDIT_ARCH_X86_64 {
        a.require(BPF_JGE_K, X32_SYSCALL_BIT, false, default);
    }
    let nrs: Vec<u32> = f.rules.keys().copied().collect();
    let blocks: Vec<usize> = nrs.iter().map(|_| a.label()).collect();
    search(&mut a, &nrs, &blocks, default);
    for (i, nr) in nrs.iter().enumerate() {
        a.place(blocks[i]);
        for r in &f.rules[nr] {
            let next = a.label();
            for c in &r.conds {
                cond(&mut a, c, next);
            }
            a.ret(r.action);
            a.place(next);
        }
        a.jump(default);
    }
    a.place(default);
    a.ret(f.default);
    a.place(kill);
    a.ret(Action::KillProcess);
    a.finish()
}

/// Binary search over sorted syscall numbers; the accumulator holds the
/// number throughout (rule blocks reload what they need).
fn search(a: &mut Asm, nrs: &[u32], blocks: &[usize], default: usize) {
    if nrs.len() <= 3 {
        for (nr, b) in nrs.iter().zip(blocks) {
            a.raw(BPF_JEQ_K, 0, 1, *nr);
            a.jump(*b);
        }
        a.jump(default);
        return;
    }
    let mid = nrs.len() / 2;
    let right = a.label();
    // nr >= nrs[mid] → right half.
    a.raw(BPF_JGE_K, 0, 1, nrs[mid]);
    a.jump(right);
    search(a, &nrs[..mid], &blocks[..mid], default);
    a.place(right);
    search(a, &nrs[mid..], &blocks[mid..], default);
}

/// A reference interpreter, for tests: run `prog` on one syscall.
#[cfg(test)]
pub fn run(prog: &[SockFilter], arch: u32, nr: u32, args: [u64; 6]) -> u32 {
    let mut data = [0u32; 16];
    data[0] = nr;
    data[1] = arch;
    for (i, v) in args.iter().enumerate() {
        data[4 + 2 * i] = *v as u32;
        data[5 + 2 * i] = (*v >> 32) as u32;
    }
    let mut acc: u32 = 0;
    let mut pc = 0usize;
    loop {
        let ins = prog[pc];
        pc += 1;
        match ins.code {
            BPF_LD_W_ABS => acc = data[(ins.k / 4) as usize],
            BPF_ALU_AND_K => acc &= ins.k,
            BPF_JMP_JA => pc += ins.k as usize,
            BPF_JEQ_K | BPF_JGT_K | BPF_JGE_K => {
                let t = match ins.code {
                    BPF_JEQ_K => acc == ins.k,
                    BPF_JGT_K => acc > ins.k,
                    _ => acc >= ins.k,
                };
                pc += usize::from(if t { ins.jt } else { ins.jf });
            }
            BPF_RET_K => return ins.k,
            c => panic!("unknown opcode {c:#x}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn filter(rules: Vec<(u32, Vec<Rule>)>) -> Filter {
        Filter {
            arch: AUDIT_ARCH_X86_64,
            default: Action::Errno(38),
            rules: rules.into_iter().collect(),
        }
    }

    const ALLOW: u32 = 0x7fff_0000;
    const ENOSYS: u32 = 0x0005_0000 | 0x26;

    #[test]
    fn allowlist_and_default() {
        let mut rules = Vec::new();
        for nr in (0..600).step_by(3) {
            rules.push((
                nr,
                vec![Rule {
                    conds: vec![],
                    action: Action::Allow,
                }],
            ));
        }
        let p = compile(&filter(rules));
        for nr in 0..620 {
            let want = if nr % 3 == 0 && nr < 600 {
                ALLOW
            } else {
                ENOSYS
            };
            assert_eq!(run(&p, AUDIT_ARCH_X86_64, nr, [0; 6]), want, "nr {nr}");
        }
        assert_eq!(run(&p, AUDIT_ARCH_AARCH64, 0, [0; 6]), 0x8000_0000);
        assert_eq!(run(&p, AUDIT_ARCH_X86_64, 0x4000_0000, [0; 6]), ENOSYS);
    }

    #[test]
    fn conditions_compare_all_64_bits() {
        let r = |op, value| Rule {
            conds: vec![Cond { arg: 1, op, value }],
            action: Action::Allow,
        };
        let big = 0x1_0000_0005u64;
        for (op, cases) in [
            (Op::Eq, vec![(big, true), (5, false), (big + 1, false)]),
            (Op::Ne, vec![(big, false), (5, true), (0x2_0000_0005, true)]),
            (
                Op::Gt,
                vec![
                    (big, false),
                    (big + 1, true),
                    (0x2_0000_0000, true),
                    (6, false),
                ],
            ),
            (
                Op::Ge,
                vec![(big, true), (big - 1, false), (0x2_0000_0000, true)],
            ),
            (
                Op::Lt,
                vec![
                    (big, false),
                    (big - 1, true),
                    (6, true),
                    (0x2_0000_0000, false),
                ],
            ),
            (Op::Le, vec![(big, true), (big + 1, false), (0, true)]),
        ] {
            let p = compile(&filter(vec![(7, vec![r(op, big)])]));
            for (arg, ok) in cases {
                let got = run(&p, AUDIT_ARCH_X86_64, 7, [0, arg, 0, 0, 0, 0]);
                assert_eq!(got == ALLOW, ok, "{op:?} {arg:#x}");
            }
        }
        // clone without namespace flags (docker's rule).
        let mask = 0x7E02_0000;
        let p = compile(&filter(vec![(
            56,
            vec![Rule {
                conds: vec![Cond {
                    arg: 0,
                    op: Op::MaskedEq { mask },
                    value: 0,
                }],
                action: Action::Allow,
            }],
        )]));
        assert_eq!(run(&p, AUDIT_ARCH_X86_64, 56, [0x11, 0, 0, 0, 0, 0]), ALLOW);
        assert_eq!(
            run(&p, AUDIT_ARCH_X86_64, 56, [0x2000_0000, 0, 0, 0, 0, 0]),
            ENOSYS
        );
    }

    #[test]
    fn first_matching_rule_wins() {
        let p = compile(&filter(vec![(
            41,
            vec![
                Rule {
                    conds: vec![Cond {
                        arg: 0,
                        op: Op::Eq,
                        value: 40,
                    }],
                    action: Action::Errno(1),
                },
                Rule {
                    conds: vec![],
                    action: Action::Allow,
                },
            ],
        )]));
        assert_eq!(
            run(&p, AUDIT_ARCH_X86_64, 41, [40, 0, 0, 0, 0, 0]),
            0x0005_0001
        );
        assert_eq!(run(&p, AUDIT_ARCH_X86_64, 41, [2, 0, 0, 0, 0, 0]), ALLOW);
    }
}
