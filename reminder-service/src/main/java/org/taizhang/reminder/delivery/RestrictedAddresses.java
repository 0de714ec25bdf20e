package org.taizhang.reminder.delivery;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The addresses a webhook may not reach unless the deployment allows them: this host, its networks and the cloud's
 * metadata service. An IPv6 address that carries an IPv4 one (mapped, compatible, translated, NAT64, 6to4) is judged
 * by that one.
 */
public final class RestrictedAddresses {

    private record Range(Cidr cidr, String kind) {}

    private static final List<Range> RANGES = List.of(
            range("0.0.0.0/8", "an unspecified (this-network)"),
            range("10.0.0.0/8", "a private (RFC 1918)"),
            range("100.64.0.0/10", "a carrier-grade NAT"),
            range("127.0.0.0/8", "a loopback"),
            range("169.254.0.0/16", "a link-local (cloud metadata)"),
            range("172.16.0.0/12", "a private (RFC 1918)"),
            range("192.0.0.0/24", "an IETF protocol (cloud metadata)"),
            range("192.168.0.0/16", "a private (RFC 1918)"),
            range("224.0.0.0/4", "a multicast"),
            range("240.0.0.0/4", "a reserved or broadcast"),
            range("::/128", "an unspecified"),
            range("::1/128", "a loopback"),
            range("fc00::/7", "a unique local (private)"),
            range("fe80::/10", "a link-local"),
            range("fec0::/10", "a site-local"),
            range("ff00::/8", "a multicast"));

    /**
     * IPv6 forms whose IPv4 address, at the byte offset given, is where a packet ends up. IPv4-mapped ones
     * (::ffff:127.0.0.1) are not among them: the JDK reads them as the IPv4 address itself.
     */
    private static final List<Embedding> EMBEDDINGS = List.of(
            new Embedding(Cidr.parse("::ffff:0:0:0/96"), 12),
            new Embedding(Cidr.parse("::/96"), 12),
            new Embedding(Cidr.parse("64:ff9b::/96"), 12),
            new Embedding(Cidr.parse("64:ff9b:1::/48"), 12),
            new Embedding(Cidr.parse("2002::/16"), 2));

    private record Embedding(Cidr cidr, int offset) {}

    private RestrictedAddresses() {}

    /** What kind of restricted address it is ("a loopback"), empty when a webhook may reach it. */
    public static Optional<String> kind(InetAddress address) {
        Optional<String> own = rangeOf(address);
        if (own.isPresent()) {
            return own;
        }
        return embedded(address).flatMap(RestrictedAddresses::rangeOf).map(kind -> kind + " (inside IPv6)");
    }

    private static Optional<String> rangeOf(InetAddress address) {
        return RANGES.stream()
                .filter(r -> r.cidr().contains(address))
                .map(Range::kind)
                .findFirst();
    }

    private static Optional<InetAddress> embedded(InetAddress address) {
        byte[] bytes = address.getAddress();
        return EMBEDDINGS.stream()
                .filter(e -> e.cidr().contains(address))
                .findFirst()
                .map(e -> ipv4(Arrays.copyOfRange(bytes, e.offset(), e.offset() + 4)));
    }

    private static InetAddress ipv4(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an address", e);
        }
    }

    private static Range range(String cidr, String kind) {
        return new Range(Cidr.parse(cidr), kind);
    }
}
