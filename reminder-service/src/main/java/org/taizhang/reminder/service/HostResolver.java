package org.taizhang.reminder.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** Resolves a host name to its addresses through the system's resolver (DNS); tests replace it to re-point names. */
@ApplicationScoped
public class HostResolver {

    public List<InetAddress> addresses(String name) throws UnknownHostException {
        return List.of(InetAddress.getAllByName(name));
    }
}
