package org.taizhang.platform.http;

import jakarta.inject.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;

/**
 * Holds every body an endpoint reads to the request limit by counting the bytes as they are read, so that a chunked
 * body, which declares no length for {@link RequestSizeFilter} to refuse up front, stops at the limit too.
 */
@jakarta.ws.rs.ext.Provider
public class BodySizeLimit implements ReaderInterceptor {

    /** Looked up when a body is read: the REST layer creates its interceptors before configuration is mapped. */
    private final Provider<HttpLimits> limits;

    public BodySizeLimit(Provider<HttpLimits> limits) {
        this.limits = limits;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        long max = limits.get().maxRequestSize().asLongValue();
        LimitedBody body = new LimitedBody(context.getInputStream(), max);
        context.setInputStream(body);
        try {
            return context.proceed();
        } catch (IOException | RuntimeException e) {
            // Jackson wraps what a bean's field reader throws into a mapping error, which would answer 400.
            if (body.exceeded()) {
                throw new BodyTooLargeException(max);
            }
            throw e;
        }
    }
}
