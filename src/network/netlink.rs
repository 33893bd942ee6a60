//! A small synchronous rtnetlink client (links, addresses, routes), on
//! `netlink-packet-route` and a blocking `netlink-sys` socket, as
//! containers/netavark does it. A socket talks to the network namespace
//! it was created in: to configure a container's side, the caller enters
//! the container's namespace first and opens a new `Netlink` there.

use netlink_packet_core::{
    NLM_F_ACK, NLM_F_CREATE, NLM_F_DUMP, NLM_F_EXCL, NLM_F_REQUEST, NetlinkHeader, NetlinkMessage,
    NetlinkPayload,
};
use netlink_packet_route::{
    AddressFamily, RouteNetlinkMessage as Rt,
    address::{AddressAttribute, AddressFlags, AddressHeaderFlags, AddressMessage},
    link::{InfoData, InfoKind, InfoVeth, LinkAttribute as La, LinkFlags, LinkInfo, LinkMessage},
    route::{
        RouteAddress, RouteAttribute, RouteHeader, RouteMessage, RouteProtocol, RouteScope,
        RouteType,
    },
};
use netlink_sys::{Socket, SocketAddr, protocols::NETLINK_ROUTE};
use std::{
    io,
    net::{IpAddr, Ipv4Addr, Ipv6Addr},
    os::fd::RawFd,
};

pub struct Netlink {
    sock: Socket,
    seq: u32,
    buf: Vec<u8>,
}

impl Netlink {
    /// Bound to the netns of the *calling thread at creation time*.
    pub fn new() -> io::Result<Self> {
        let mut sock = Socket::new(NETLINK_ROUTE)?;
        sock.bind(&SocketAddr::new(0, 0))?; // port 0: kernel picks
        sock.connect(&SocketAddr::new(0, 0))?; // peer = kernel
        sock.set_netlink_get_strict_chk(true)?; // make dump filters work
        Ok(Self {
            sock,
            seq: 0,
            buf: vec![0; 32 * 1024],
        }) // > NLMSG_GOODSIZE, like iproute2
    }

    fn request(&mut self, msg: Rt, flags: u16) -> io::Result<Vec<Rt>> {
        self.seq = self.seq.wrapping_add(1);
        let mut hdr = NetlinkHeader::default(); // #[non_exhaustive]: no struct literal
        hdr.flags = NLM_F_REQUEST | flags;
        hdr.sequence_number = self.seq;
        let mut pkt = NetlinkMessage::new(hdr, NetlinkPayload::from(msg));
        pkt.finalize(); // fills header.length + header.message_type
        let mut out = vec![0u8; pkt.buffer_len()];
        pkt.serialize(&mut out); // panics if `out` is too small
        self.sock.send(&out, 0)?;

        let (dump, ack) = (flags & NLM_F_DUMP == NLM_F_DUMP, flags & NLM_F_ACK != 0);
        let mut replies = Vec::new();
        loop {
            let n = self.sock.recv(&mut &mut self.buf[..], 0)?; // one datagram
            let mut off = 0;
            while off < n {
                let rx = NetlinkMessage::<Rt>::deserialize(&self.buf[off..n])
                    .map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))?;
                let len = rx.header.length as usize;
                if len == 0 {
                    return Err(io::Error::other("zero-length nlmsg"));
                }
                off += (len + 3) & !3; // NLMSG_ALIGN
                if rx.header.sequence_number != self.seq {
                    continue;
                } // stale reply
                match rx.payload {
                    // NLMSG_ERROR: code None = ACK, Some(c) = NACK with c = -errno
                    NetlinkPayload::Error(e) => {
                        return match e.code {
                            None => Ok(replies),
                            Some(c) => Err(io::Error::from_raw_os_error(-c.get())),
                        };
                    }
                    // NLMSG_DONE ends a dump (own datagram); negative code = -errno
                    NetlinkPayload::Done(d) if d.code < 0 => {
                        return Err(io::Error::from_raw_os_error(-d.code));
                    }
                    NetlinkPayload::Done(_) => return Ok(replies),
                    NetlinkPayload::InnerMessage(m) => {
                        replies.push(m);
                        if !dump && !ack {
                            return Ok(replies);
                        } // plain GET: exactly one reply
                    }
                    NetlinkPayload::Overrun(_) => return Err(io::Error::other("netlink overrun")),
                    _ => {} // Noop; enum is #[non_exhaustive]
                }
            }
        }
    }

    fn ack(&mut self, msg: Rt, flags: u16) -> io::Result<()> {
        self.request(msg, NLM_F_ACK | flags).map(|_| ())
    }

    /// RTM_GETLINK by IFLA_IFNAME (no dump); ENODEV -> None.
    pub fn link_index(&mut self, name: &str) -> io::Result<Option<u32>> {
        let mut m = LinkMessage::default();
        m.attributes.push(La::IfName(name.into()));
        match self.request(Rt::GetLink(m), 0) {
            Ok(r) => Ok(r.into_iter().find_map(|m| match m {
                Rt::NewLink(l) => Some(l.header.index),
                _ => None,
            })),
            Err(e) if e.raw_os_error() == Some(libc::ENODEV) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// RTM_GETLINK + NLM_F_DUMP (multi-part, ends with NLMSG_DONE).
    pub fn links(&mut self) -> io::Result<Vec<(u32, String)>> {
        let r = self.request(Rt::GetLink(LinkMessage::default()), NLM_F_DUMP)?;
        Ok(r.into_iter()
            .filter_map(|m| match m {
                Rt::NewLink(l) => l.attributes.iter().find_map(|a| {
                    if let La::IfName(n) = a {
                        Some((l.header.index, n.clone()))
                    } else {
                        None
                    }
                }),
                _ => None,
            })
            .collect())
    }

    pub fn create_bridge(&mut self, name: &str) -> io::Result<()> {
        let mut m = LinkMessage::default();
        m.attributes.push(La::IfName(name.into()));
        m.attributes
            .push(La::LinkInfo(vec![LinkInfo::Kind(InfoKind::Bridge)]));
        self.ack(Rt::NewLink(m), NLM_F_CREATE | NLM_F_EXCL)
    }

    /// `peer_name` is created directly inside the netns of `peer_netns_fd`.
    pub fn create_veth(
        &mut self,
        host_name: &str,
        peer_name: &str,
        peer_netns_fd: Option<RawFd>,
    ) -> io::Result<()> {
        let mut peer = LinkMessage::default();
        peer.attributes.push(La::IfName(peer_name.into()));
        if let Some(fd) = peer_netns_fd {
            peer.attributes.push(La::NetNsFd(fd));
        } // IFLA_NET_NS_FD
        let mut m = LinkMessage::default();
        m.attributes.push(La::IfName(host_name.into()));
        m.attributes.push(La::LinkInfo(vec![
            LinkInfo::Kind(InfoKind::Veth),
            LinkInfo::Data(InfoData::Veth(InfoVeth::Peer(peer))),
        ]));
        self.ack(Rt::NewLink(m), NLM_F_CREATE | NLM_F_EXCL)
    }

    fn set_link(&mut self, index: u32, f: impl FnOnce(&mut LinkMessage)) -> io::Result<()> {
        let mut m = LinkMessage::default();
        m.header.index = index;
        f(&mut m);
        self.ack(Rt::SetLink(m), 0)
    }
    /// IFLA_MASTER is `LinkAttribute::Controller` in current netlink-packet-route.
    pub fn set_master(&mut self, index: u32, master: u32) -> io::Result<()> {
        self.set_link(index, |m| m.attributes.push(La::Controller(master)))
    }
    pub fn set_up(&mut self, index: u32) -> io::Result<()> {
        self.set_link(index, |m| {
            m.header.flags = LinkFlags::Up;
            m.header.change_mask = LinkFlags::Up;
        })
    }
    pub fn set_name(&mut self, index: u32, name: &str) -> io::Result<()> {
        self.set_link(index, |m| m.attributes.push(La::IfName(name.into())))
    }
    pub fn set_mtu(&mut self, index: u32, mtu: u32) -> io::Result<()> {
        self.set_link(index, |m| m.attributes.push(La::Mtu(mtu)))
    }
    pub fn set_mac(&mut self, index: u32, mac: [u8; 6]) -> io::Result<()> {
        self.set_link(index, |m| m.attributes.push(La::Address(mac.to_vec())))
    }
    pub fn set_netns(&mut self, index: u32, fd: RawFd) -> io::Result<()> {
        self.set_link(index, |m| m.attributes.push(La::NetNsFd(fd)))
    }

    pub fn del_link(&mut self, index: u32) -> io::Result<()> {
        let mut m = LinkMessage::default();
        m.header.index = index;
        self.ack(Rt::DelLink(m), 0)
    }

    pub fn add_addr_v4(&mut self, index: u32, addr: Ipv4Addr, prefix: u8) -> io::Result<()> {
        let mut m = AddressMessage::default();
        m.header.family = AddressFamily::Inet;
        m.header.prefix_len = prefix;
        m.header.index = index;
        m.attributes.push(AddressAttribute::Local(IpAddr::V4(addr))); // IFA_LOCAL
        m.attributes
            .push(AddressAttribute::Address(IpAddr::V4(addr))); // IFA_ADDRESS
        if prefix < 31 {
            // IFA_BROADCAST, as `ip addr add ... brd +` / netavark
            let host_mask = u32::MAX.checked_shr(u32::from(prefix)).unwrap_or(0);
            m.attributes
                .push(AddressAttribute::Broadcast(Ipv4Addr::from(
                    u32::from(addr) | host_mask,
                )));
        }
        self.ack(Rt::NewAddress(m), NLM_F_CREATE | NLM_F_EXCL)
    }

    /// The default route via `gateway` (IPv4 or IPv6).
    pub fn add_default_route(&mut self, gateway: IpAddr) -> io::Result<()> {
        let mut m = RouteMessage::default();
        let (family, gw) = match gateway {
            IpAddr::V4(g) => (AddressFamily::Inet, RouteAddress::Inet(g)),
            IpAddr::V6(g) => (AddressFamily::Inet6, RouteAddress::Inet6(g)),
        };
        m.header.address_family = family;
        m.header.destination_prefix_length = 0; // the default: RTA_DST may be omitted
        m.header.table = RouteHeader::RT_TABLE_MAIN;
        m.header.protocol = RouteProtocol::Static;
        m.header.scope = RouteScope::Universe;
        m.header.kind = RouteType::Unicast;
        m.attributes.push(RouteAttribute::Gateway(gw));
        self.ack(Rt::NewRoute(m), NLM_F_CREATE | NLM_F_EXCL)
    }

    /// An IPv6 address, without duplicate address detection (the address
    /// is ours by allocation; DAD would hold it "tentative" for a second
    /// or more, and the container would start before it works).
    pub fn add_addr_v6(&mut self, index: u32, addr: Ipv6Addr, prefix: u8) -> io::Result<()> {
        let mut m = AddressMessage::default();
        m.header.family = AddressFamily::Inet6;
        m.header.prefix_len = prefix;
        m.header.index = index;
        m.header.flags = AddressHeaderFlags::Nodad;
        m.attributes
            .push(AddressAttribute::Address(IpAddr::V6(addr))); // IFA_ADDRESS
        m.attributes
            .push(AddressAttribute::Flags(AddressFlags::Nodad)); // IFA_FLAGS
        self.ack(Rt::NewAddress(m), NLM_F_CREATE | NLM_F_EXCL)
    }
}
