package org.taizhang.reminder.delivery;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether a webhook URL may be called: its host is judged by every address it stands for (numeric forms read as
 * browsers read them, names as DNS answers now) and refused when one is restricted ({@link RestrictedAddresses}) or
 * the name is a local or cloud-metadata one; unless the deployment allows the host as written, or the address's range.
 */
public final class WebhookTargetRule {

    /** Names that reach this host or the cloud's metadata service, whether or not DNS here knows them. */
    private static final Set<String> LOCAL_NAMES = Set.of("localhost", "metadata", "metadata.goog");

    /** localhost (RFC 6761), .internal (private use, metadata.google.internal) and mDNS names. */
    private static final List<String> LOCAL_SUFFIXES = List.of(".localhost", ".internal", ".local");

    /** Resolves a name to its addresses (DNS); a seam so that tests can point a name anywhere. */
    @FunctionalInterface
    public interface HostLookup {
        List<InetAddress> addresses(String name) throws UnknownHostException;
    }

    private final Set<String> allowedHosts;
    private final List<Cidr> allowedRanges;

    /**
     * {@code allowedHosts}: hosts as written in URLs (names or literals) that are called whatever they resolve to;
     * {@code allowedRanges}: CIDR ranges called whatever name leads there. Throws IllegalArgumentException for a bad
     * range.
     */
    public WebhookTargetRule(Collection<String> allowedHosts, Collection<String> allowedRanges) {
        this.allowedHosts = allowedHosts.stream()
                .filter(h -> !h.isBlank())
                .map(WebhookTargetRule::normalise)
                .collect(Collectors.toUnmodifiableSet());
        this.allowedRanges = allowedRanges.stream()
                .filter(r -> !r.isBlank())
                .map(Cidr::parse)
                .toList();
    }

    /** Judges an absolute http(s) URL, resolving its host through {@code lookup} when it is a name. */
    public Verdict judge(URI url, HostLookup lookup) {
        if (url.getHost() == null) {
            return Verdict.refused("refused: " + url + " names no host");
        }
        String host = normalise(url.getHost());
        boolean allowedHost = allowedHosts.contains(host);
        List<InetAddress> addresses;
        try {
            Optional<InetAddress> literal = NumericHost.parse(host);
            if (literal.isEmpty() && !allowedHost && localName(host)) {
                return Verdict.refused("refused: " + host + " is a local or cloud-metadata name");
            }
            addresses = literal.isPresent() ? List.of(literal.get()) : lookup.addresses(host);
        } catch (IllegalArgumentException e) {
            return Verdict.refused("refused: " + e.getMessage());
        } catch (UnknownHostException e) {
            return Verdict.unresolved("cannot resolve " + host);
        }
        if (addresses.isEmpty()) {
            return Verdict.unresolved("cannot resolve " + host);
        }
        if (!allowedHost) {
            for (InetAddress address : addresses) {
                Optional<String> refusal = refusal(address);
                if (refusal.isPresent()) {
                    return Verdict.refused("refused: " + host + " is " + refusal.get());
                }
            }
        }
        return Verdict.allowed(addresses.get(0));
    }

    private Optional<String> refusal(InetAddress address) {
        if (allowedRanges.stream().anyMatch(range -> range.contains(address))) {
            return Optional.empty();
        }
        return RestrictedAddresses.kind(address)
                .map(kind -> kind + " address (" + address.getHostAddress() + ")"
                        + " not allowed for webhooks (taizhang.reminders.webhook-allow)");
    }

    private static boolean localName(String host) {
        return LOCAL_NAMES.contains(host) || LOCAL_SUFFIXES.stream().anyMatch(host::endsWith);
    }

    /** Lower case, without the root's trailing dot; an IPv6 literal in brackets as in a URL. */
    private static String normalise(String host) {
        String lower = host.trim().toLowerCase(Locale.ROOT);
        while (lower.endsWith(".")) {
            lower = lower.substring(0, lower.length() - 1);
        }
        return lower.indexOf(':') >= 0 && !lower.startsWith("[") ? "[" + lower + "]" : lower;
    }

    /** The judgement: ALLOWED with the address to connect to, REFUSED or UNRESOLVED with the reason. */
    public record Verdict(Kind kind, InetAddress address, String reason) {

        /** How a judgement came out. */
        public enum Kind {
            ALLOWED,
            REFUSED,
            UNRESOLVED
        }

        static Verdict allowed(InetAddress address) {
            return new Verdict(Kind.ALLOWED, address, null);
        }

        static Verdict refused(String reason) {
            return new Verdict(Kind.REFUSED, null, reason);
        }

        static Verdict unresolved(String reason) {
            return new Verdict(Kind.UNRESOLVED, null, reason);
        }
    }
}
