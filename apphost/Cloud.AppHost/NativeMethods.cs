using System.Runtime.InteropServices;

namespace Cloud.AppHost;

/// <summary>.NET can only SIGKILL a process; services need SIGTERM to shut down gracefully.</summary>
internal static class NativeMethods
{
    public const int SigTerm = 15;

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static extern int Kill(int pid, int signal);
}
