package org.claimtrack.imports;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/**
 * Which addresses a URL import may connect to: only globally reachable unicast ones (the IANA
 * special-purpose registries, RFC 6890 and successors), never one of this host's own interface addresses,
 * and for IPv6 forms that carry an IPv4 address (mapped, compatible, NAT64, 6to4) the decision is the
 * embedded address's. Teredo and the other IETF protocol blocks are refused outright. Plain Java,
 * decided on the bytes alone, so it is tested without a network.
 */
public final class AddressPolicy {

    /** IPv4 blocks that are not global: {first octets..., prefix length}. */
    private static final int[][] V4_NOT_GLOBAL = {
        {0, 0, 0, 0, 8}, // "this network"
        {10, 0, 0, 0, 8}, // private
        {100, 64, 0, 0, 10}, // carrier-grade NAT
        {127, 0, 0, 0, 8}, // loopback
        {169, 254, 0, 0, 16}, // link-local (cloud metadata lives here)
        {172, 16, 0, 0, 12}, // private
        {192, 0, 0, 0, 24}, // IETF protocol assignments
        {192, 0, 2, 0, 24}, // documentation TEST-NET-1
        {192, 31, 196, 0, 24}, // AS112
        {192, 52, 193, 0, 24}, // AMT
        {192, 88, 99, 0, 24}, // 6to4 relay anycast (deprecated)
        {192, 168, 0, 0, 16}, // private
        {192, 175, 48, 0, 24}, // AS112 direct delegation
        {198, 18, 0, 0, 15}, // benchmarking
        {198, 51, 100, 0, 24}, // documentation TEST-NET-2
        {203, 0, 113, 0, 24}, // documentation TEST-NET-3
        {224, 0, 0, 0, 4}, // multicast
        {240, 0, 0, 0, 4}, // reserved, and 255.255.255.255 broadcast
    };

    private AddressPolicy() {
    }

    /** True when the address is global unicast and not one of {@code own} (this host's addresses). */
    public static boolean allowed(InetAddress address, Set<InetAddress> own) {
        InetAddress a = address == null ? null : withoutScope(address);
        if (a == null || own.contains(a)) {
            return false;
        }
        byte[] b = a.getAddress();
        if (b.length == 4) {
            InetAddress v4 = a instanceof Inet4Address ? a : v4(b, 0);
            return globalV4(b) && !own.contains(v4);
        }
        byte[] embedded = embeddedV4(b);
        if (embedded != null) {
            return globalV4(embedded) && !own.contains(v4(embedded, 0));
        }
        return globalV6(b);
    }

    /** Without the host's own addresses: the decision by address ranges alone. */
    public static boolean global(InetAddress a) {
        return allowed(a, Set.of());
    }

    static boolean globalV4(byte[] b) {
        for (int[] block : V4_NOT_GLOBAL) {
            if (inPrefix(b, block, block[4])) {
                return false;
            }
        }
        return true;
    }

    /** The IPv4 address inside an IPv6 one that only wraps it, or null. */
    static byte[] embeddedV4(byte[] b) {
        boolean first10Zero = true;
        for (int i = 0; i < 10; i++) {
            first10Zero &= b[i] == 0;
        }
        if (first10Zero && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
            return slice(b, 12); // ::ffff:a.b.c.d, IPv4-mapped
        }
        if (first10Zero && b[10] == 0 && b[11] == 0) {
            // ::a.b.c.d, IPv4-compatible (deprecated); :: and ::1 land here as 0.0.0.0/8, refused
            return slice(b, 12);
        }
        if (u16(b, 0) == 0x64 && u16(b, 2) == 0xff9b && allZero(b, 4, 12)) {
            return slice(b, 12); // 64:ff9b::/96, the well-known NAT64 prefix
        }
        if (u16(b, 0) == 0x2002) {
            return new byte[] {b[2], b[3], b[4], b[5]}; // 6to4
        }
        return null;
    }

    static boolean globalV6(byte[] b) {
        int first = u16(b, 0);
        if ((first & 0xe000) != 0x2000) {
            // outside 2000::/3 (global unicast): ::/8, 100::/64 discard, fc00::/7 ULA, fe80::/10 link-local,
            // fec0::/10 site-local, ff00::/8 multicast, 64:ff9b:1::/48 local NAT64 and all reserved space
            return false;
        }
        int second = u16(b, 2);
        if (first == 0x2001 && second < 0x0200) {
            return false; // 2001::/23 IETF protocol assignments: Teredo 2001::/32, benchmarking, ORCHID
        }
        if (first == 0x2001 && second == 0x0db8) {
            return false; // documentation
        }
        if (first == 0x3fff && (second & 0xf000) == 0) {
            return false; // 3fff::/20 documentation
        }
        return true;
    }

    /** Every address of every interface of this host (loopback included), read now. */
    public static Set<InetAddress> ownAddresses() {
        Set<InetAddress> out = new HashSet<>();
        try {
            for (NetworkInterface n : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                for (InetAddress a : Collections.list(n.getInetAddresses())) {
                    out.add(withoutScope(a));
                }
            }
        } catch (SocketException | RuntimeException e) {
            // no interface list: the range rules still refuse loopback and private addresses
        }
        return out;
    }

    /** Scope ids (fe80::1%eth0) would keep equal addresses from comparing equal. */
    static InetAddress withoutScope(InetAddress a) {
        if (a instanceof Inet6Address) {
            try {
                return InetAddress.getByAddress(a.getAddress());
            } catch (UnknownHostException e) {
                return a;
            }
        }
        return a;
    }

    private static boolean inPrefix(byte[] b, int[] block, int bits) {
        for (int i = 0; i < 4 && bits > 0; i++, bits -= 8) {
            int mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
            if (((b[i] & 0xff) & mask) != (block[i] & mask)) {
                return false;
            }
        }
        return true;
    }

    private static InetAddress v4(byte[] b, int from) {
        try {
            return InetAddress.getByAddress(slice(b, from));
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] slice(byte[] b, int from) {
        return new byte[] {b[from], b[from + 1], b[from + 2], b[from + 3]};
    }

    private static int u16(byte[] b, int i) {
        return (b[i] & 0xff) << 8 | b[i + 1] & 0xff;
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
