package org.taizhang.reminder.delivery;

import java.net.InetAddress;
import java.util.Arrays;

/** A range of addresses written as {@code address/prefix} (10.20.0.0/16, fd00::/8); a bare address is just that one. */
public final class Cidr {

    private final byte[] network;
    private final int prefix;
    private final String text;

    private Cidr(byte[] network, int prefix, String text) {
        this.network = network;
        this.prefix = prefix;
        this.text = text;
    }

    /** Reads {@code 10.20.0.0/16}; throws IllegalArgumentException, naming the text, when it is not a range. */
    public static Cidr parse(String text) {
        String trimmed = text.trim();
        int slash = trimmed.indexOf('/');
        try {
            byte[] network = NumericHost.parse(slash < 0 ? trimmed : trimmed.substring(0, slash))
                    .orElseThrow(() -> new IllegalArgumentException("not an address"))
                    .getAddress();
            int prefix = slash < 0 ? network.length * 8 : Integer.parseInt(trimmed.substring(slash + 1));
            if (prefix < 0 || prefix > network.length * 8) {
                throw new IllegalArgumentException("prefix out of range");
            }
            return new Cidr(network, prefix, trimmed);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' is not an address range (CIDR): " + e.getMessage(), e);
        }
    }

    public boolean contains(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length != network.length) {
            return false;
        }
        int whole = prefix / 8;
        int rest = prefix % 8;
        if (!Arrays.equals(bytes, 0, whole, network, 0, whole)) {
            return false;
        }
        int mask = (0xff << (8 - rest)) & 0xff;
        return rest == 0 || (bytes[whole] & mask) == (network[whole] & mask);
    }

    @Override
    public String toString() {
        return text;
    }
}
