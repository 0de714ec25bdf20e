package org.taizhang.plan;

import io.quarkus.test.junit.QuarkusTest;
import org.taizhang.testsupport.ServiceContractTest;

@QuarkusTest
class PlanServiceContractTest extends ServiceContractTest {}
