package vn.giaoban.common;

import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps the buffers of closed connections for the next ones. Tomcat pools a connection's channel and its two 8 KB
 * buffers only when the heap is over 2 GB (then a 32nd of it). In the 256 MB the service runs in, every new connection
 * allocated both anew and they lived as long as the connection, long enough to reach the old generation: at a
 * download spike whose clients reconnected every 1 000 requests, 0.23-0.40 MB a second was promoted, against
 * 0.03-0.07 MB with no reconnection at all. A spike of participants, each on a connection of their own, is that.
 */
@Configuration(proxyBeanMethods = false)
class ConnectionBuffers {

    /** Closed connections whose buffers are kept, at most: 4 MB. */
    static final int KEPT = 256;

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> connectionBufferPool() {
        return factory -> factory.addConnectorCustomizers(
                connector -> connector.setProperty("socket.bufferPool", Integer.toString(KEPT)));
    }
}
