package org.taizhang.reminder.service;

import java.util.List;

/** One SMS provider's API: texts the approved template with its variables to mainland numbers (+86…). */
public interface SmsProvider {

    /** Sends once; {@code reference} (the delivery id) is echoed back by providers that keep a session context. */
    Outcome send(List<String> phones, List<String> params, String reference);
}
