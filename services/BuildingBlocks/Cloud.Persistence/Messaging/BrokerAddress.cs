namespace Cloud.Persistence.Messaging;

/// <summary>The parts of an <c>amqp://user:pass@host:port/vhost</c> connection string.</summary>
public sealed record BrokerAddress(string Host, ushort Port, string VirtualHost, string Username, string Password)
{
    public static BrokerAddress Parse(string connectionString)
    {
        var uri = new Uri(connectionString);
        if (uri.Scheme is not ("amqp" or "amqps" or "rabbitmq"))
        {
            throw new FormatException("The messaging connection string must be amqp://user:pass@host:port/vhost.");
        }

        var credentials = uri.UserInfo.Split(':', 2);
        var vhost = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        return new BrokerAddress(
            uri.Host,
            (ushort)(uri.IsDefaultPort ? 5672 : uri.Port),
            vhost.Length == 0 ? "/" : vhost,
            credentials.Length > 0 && credentials[0].Length > 0 ? Uri.UnescapeDataString(credentials[0]) : "guest",
            credentials.Length > 1 ? Uri.UnescapeDataString(credentials[1]) : "guest");
    }
}
