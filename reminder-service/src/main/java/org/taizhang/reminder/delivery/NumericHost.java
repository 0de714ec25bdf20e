package org.taizhang.reminder.delivery;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Reads a URL host that is an IP address however it is written: IPv6 in brackets, or IPv4 the way browsers and the C
 * library read it (one to four parts, each decimal, octal with a leading 0 or hex with 0x), so that 2130706433, 127.1,
 * 0x7f.0.0.1 and 0177.0.0.1 are all 127.0.0.1 and are judged as such.
 */
public final class NumericHost {

    private NumericHost() {}

    /** The address {@code host} denotes; empty when it is a name; throws IllegalArgumentException for a bad number. */
    public static Optional<InetAddress> parse(String host) {
        if (host.startsWith("[") || host.indexOf(':') >= 0) {
            return Optional.of(ipv6(host.startsWith("[") ? host : "[" + host + "]"));
        }
        String trimmed = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        String[] parts = trimmed.split("\\.", -1);
        // As the URL standard has it: a host whose last label is a number is an IPv4 address or nothing.
        if (!isNumber(parts[parts.length - 1])) {
            return Optional.empty();
        }
        return Optional.of(ipv4(host, parts));
    }

    private static InetAddress ipv6(String bracketed) {
        // Without a colon the JDK would take the text between brackets for a name and ask DNS.
        if (!bracketed.endsWith("]") || bracketed.indexOf(':') < 0) {
            throw new IllegalArgumentException(bracketed + " is not an IPv6 address");
        }
        try {
            // In brackets the JDK reads a literal or fails; it never asks DNS.
            return InetAddress.getByName(bracketed);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(bracketed + " is not an IPv6 address", e);
        }
    }

    private static InetAddress ipv4(String host, String[] parts) {
        if (parts.length > 4) {
            throw new IllegalArgumentException(host + " is not an IPv4 address: more than four parts");
        }
        long address = 0;
        for (int i = 0; i < parts.length - 1; i++) {
            long part = number(host, parts[i]);
            if (part > 255) {
                throw new IllegalArgumentException(host + " is not an IPv4 address: " + parts[i] + " exceeds 255");
            }
            address |= part << (8 * (3 - i));
        }
        long last = number(host, parts[parts.length - 1]);
        if (last >= 1L << (8 * (5 - parts.length))) {
            throw new IllegalArgumentException(
                    host + " is not an IPv4 address: " + parts[parts.length - 1] + " too large");
        }
        address |= last;
        byte[] bytes = {(byte) (address >>> 24), (byte) (address >>> 16), (byte) (address >>> 8), (byte) address};
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an address", e);
        }
    }

    private static boolean isNumber(String part) {
        try {
            number("", part);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static long number(String host, String part) {
        int radix = 10;
        String digits = part;
        if (part.length() >= 2 && (part.startsWith("0x") || part.startsWith("0X"))) {
            radix = 16;
            digits = part.substring(2);
        } else if (part.length() >= 2 && part.startsWith("0")) {
            radix = 8;
            digits = part.substring(1);
        }
        // Twelve digits of any radix are beyond four bytes already; more would only overflow.
        int base = radix;
        if (part.isEmpty()
                || digits.length() > 12
                || !digits.chars().allMatch(c -> c < 128 && Character.digit(c, base) >= 0)) {
            throw new IllegalArgumentException(host + " is not an IPv4 address: bad part '" + part + "'");
        }
        return digits.isEmpty() ? 0 : Long.parseLong(digits, radix);
    }
}
