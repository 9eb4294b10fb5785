using System.Net;
using System.Net.Sockets;

namespace Cloud.Testing;

/// <summary>A free TCP port on 127.0.0.1, for a host whose address must be known before it starts (an issuer).</summary>
public static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
