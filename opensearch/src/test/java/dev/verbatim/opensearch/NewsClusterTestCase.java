package dev.verbatim.opensearch;

import java.util.Collection;
import java.util.List;
import org.opensearch.plugins.Plugin;
import org.opensearch.test.OpenSearchIntegTestCase;

/** A test cluster whose nodes run the plugin and answer real HTTP, as a REST client sees them. */
public abstract class NewsClusterTestCase extends OpenSearchIntegTestCase {
  @Override
  protected Collection<Class<? extends Plugin>> nodePlugins() {
    return List.of(VerbatimPlugin.class, org.opensearch.transport.Netty4ModulePlugin.class);
  }

  @Override
  protected boolean addMockHttpTransport() {
    return false;
  }
}
