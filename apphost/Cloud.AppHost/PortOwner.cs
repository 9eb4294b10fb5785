using System.Globalization;

namespace Cloud.AppHost;

/// <summary>
/// The process listening on a local TCP port, read from /proc (Linux), to tell a server of ours left over from an
/// earlier run from someone else's.
/// </summary>
public sealed record PortOwner(int Port, int? Pid, string CommandLine, string Environment)
{
    private const string ListenState = "0A";

    public static PortOwner? Find(int port)
    {
        var inodes = ListeningSocketInodes(port);
        if (inodes.Count == 0)
        {
            return null;
        }

        foreach (var processDirectory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(processDirectory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            {
                continue;
            }

            if (HoldsAny(processDirectory, inodes))
            {
                return new PortOwner(port, pid, ReadProcFile(processDirectory, "cmdline"), ReadProcFile(processDirectory, "environ"));
            }
        }

        return new PortOwner(port, null, string.Empty, string.Empty);
    }

    /// <summary>Our servers name their data folder on the command line or in their environment.</summary>
    public bool Mentions(string path) => CommandLine.Contains(path, StringComparison.Ordinal) || Environment.Contains(path, StringComparison.Ordinal);

    public override string ToString() => Pid is null
        ? $"port {Port} is in use by a process we cannot see"
        : $"port {Port} is in use by pid {Pid} ({CommandLine})";

    private static HashSet<string> ListeningSocketInodes(int port)
    {
        var inodes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var table in new[] { "/proc/net/tcp", "/proc/net/tcp6" })
        {
            if (!File.Exists(table))
            {
                continue;
            }

            // Columns: sl local_address rem_address st tx_queue:rx_queue tr:tm->when retrnsmt uid timeout inode ...
            foreach (var row in File.ReadLines(table).Skip(1))
            {
                var columns = row.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (columns.Length < 10 || columns[3] != ListenState)
                {
                    continue;
                }

                var local = columns[1];
                var localPort = int.Parse(local[(local.LastIndexOf(':') + 1)..], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                if (localPort == port)
                {
                    inodes.Add($"socket:[{columns[9]}]");
                }
            }
        }

        return inodes;
    }

    private static bool HoldsAny(string processDirectory, HashSet<string> sockets)
    {
        try
        {
            return Directory.EnumerateFileSystemEntries(Path.Combine(processDirectory, "fd"))
                .Any(fd => new FileInfo(fd).LinkTarget is { } target && sockets.Contains(target));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The process ended while we looked, or is not ours to inspect.
            return false;
        }
    }

    private static string ReadProcFile(string processDirectory, string name)
    {
        try
        {
            return File.ReadAllText(Path.Combine(processDirectory, name)).Replace('\0', ' ').Trim();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return string.Empty;
        }
    }
}
