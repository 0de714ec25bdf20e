package org.taizhang.assignment;

import io.quarkus.test.junit.QuarkusTest;
import org.taizhang.testsupport.ServiceContractTest;

@QuarkusTest
class AssignmentServiceContractTest extends ServiceContractTest {}
