using System.Buffers.Text;
using System.Text;

namespace Cloud.Members.Api.Search;

/// <summary>The last row of a page, (name, id), as an opaque token: the next page starts after it (keyset pagination).</summary>
public sealed record SearchCursor(string Name, Guid Id)
{
    private const char Separator = '\u001f';

    public string Encode() => Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{Name}{Separator}{Id:N}"));

    public static bool TryDecode(string? token, out SearchCursor? cursor)
    {
        cursor = null;
        if (string.IsNullOrEmpty(token))
        {
            return true;
        }

        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token));
            var split = text.LastIndexOf(Separator);
            if (split < 0 || !Guid.TryParseExact(text[(split + 1)..], "N", out var id))
            {
                return false;
            }

            cursor = new SearchCursor(text[..split], id);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
