package org.taizhang.console.rest;

import org.jboss.resteasy.reactive.RestForm;
import org.taizhang.console.view.SubscriptionForm;

/** The subscription form's fields as posted; an unticked box is not posted at all. */
public class SubscriptionFields {

    @RestForm
    String unitId;

    @RestForm
    String regionCode;

    @RestForm
    String channel;

    @RestForm
    String url;

    @RestForm
    String secret;

    @RestForm
    String email;

    @RestForm
    String keyword;

    @RestForm
    String phones;

    @RestForm
    String active;

    SubscriptionForm form() {
        return new SubscriptionForm(unitId, regionCode, channel, url, secret, email, keyword, phones, active);
    }
}
