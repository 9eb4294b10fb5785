namespace Cloud.DemoSeed;

/// <summary>The passwords of the platform operator and the demo users, made once into .data/passwords/ (mode 600).</summary>
public sealed class DemoPasswords(string directory)
{
    public string Directory => directory;

    public string Platform => For(DemoCounty.PlatformLogin);

    public string For(string login)
    {
        System.IO.Directory.CreateDirectory(directory);
        return Secret.LoadOrCreatePassword(Path.Combine(directory, login));
    }
}
