package org.taizhang.reminder;

import io.quarkus.test.junit.QuarkusTest;
import org.taizhang.testsupport.ServiceContractTest;

@QuarkusTest
class ReminderServiceContractTest extends ServiceContractTest {}
