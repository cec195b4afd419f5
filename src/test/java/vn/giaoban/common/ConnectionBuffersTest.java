package vn.giaoban.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;

import vn.giaoban.support.ServiceTest;

@ServiceTest
class ConnectionBuffersTest {

    @Autowired
    ServletWebServerApplicationContext context;

    @Test
    void closedConnectionsLeaveTheirBuffersForTheNextOnes() {
        Connector connector = ((TomcatWebServer) context.getWebServer()).getTomcat().getConnector();
        // Tomcat's own setting is -2: a 32nd of the heap when it is over 2 GB, otherwise nothing kept.
        assertThat(connector.getProperty("socket.bufferPool")).hasToString(Integer.toString(ConnectionBuffers.KEPT));
    }
}
