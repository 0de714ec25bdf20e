package org.taizhang.reporting;

import io.quarkus.test.junit.QuarkusTest;
import org.taizhang.testsupport.ServiceContractTest;

@QuarkusTest
class ReportingServiceContractTest extends ServiceContractTest {}
