using Cloud.Persistence.Messaging;

namespace Cloud.Persistence.Tests;

public sealed class BrokerAddressTests
{
    [Fact]
    public void An_amqp_connection_string_gives_host_port_vhost_and_credentials()
    {
        var broker = BrokerAddress.Parse("amqp://cloud:s%40cret@10.0.0.5:5673/county%2Fprod");

        Assert.Equal(new BrokerAddress("10.0.0.5", 5673, "county/prod", "cloud", "s@cret"), broker);
    }

    [Fact]
    public void Defaults_are_the_broker_defaults()
    {
        Assert.Equal(new BrokerAddress("localhost", 5672, "/", "guest", "guest"), BrokerAddress.Parse("amqp://localhost"));
    }

    [Fact]
    public void Another_scheme_is_refused() =>
        Assert.Throws<FormatException>(() => BrokerAddress.Parse("http://localhost:5672/"));
}
