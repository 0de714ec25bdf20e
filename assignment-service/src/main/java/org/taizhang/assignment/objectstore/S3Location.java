package org.taizhang.assignment.objectstore;

import java.net.URI;

/**
 * Where a bucket's objects are addressed: path-style ({@code http://host:9000/bucket/key}, what MinIO, Ceph and most
 * self-hosted stores expect) or virtual-hosted ({@code https://bucket.s3.region.amazonaws.com/key}).
 */
public record S3Location(URI endpoint, String bucket, boolean pathStyle) {

    /** The URI of an object, its path encoded as it is signed. */
    public URI object(String key) {
        return URI.create(endpoint.getScheme() + "://" + hostHeader() + SigV4.encodePath(path(key)));
    }

    /** The object's path as signed, not yet encoded: {@code /bucket/key} path-style, {@code /key} otherwise. */
    public String path(String key) {
        return basePath() + (pathStyle ? "/" + bucket : "") + "/" + key;
    }

    /** The host header value: the endpoint's host, prefixed with the bucket when virtual-hosted; no default port. */
    public String hostHeader() {
        return authority(host());
    }

    private String host() {
        return pathStyle ? endpoint.getHost() : bucket + "." + endpoint.getHost();
    }

    private String authority(String host) {
        int port = endpoint.getPort();
        boolean defaultPort = port == -1
                || (port == 80 && "http".equals(endpoint.getScheme()))
                || (port == 443 && "https".equals(endpoint.getScheme()));
        return defaultPort ? host : host + ":" + port;
    }

    /** A path the endpoint itself carries (a store behind a reverse proxy at /s3), without its trailing slash. */
    private String basePath() {
        String path = endpoint.getPath();
        return path == null || path.equals("/") ? "" : path.replaceAll("/+$", "");
    }
}
