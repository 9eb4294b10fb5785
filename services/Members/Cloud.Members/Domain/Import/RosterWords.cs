namespace Cloud.Members.Domain.Import;

/// <summary>The roster's words for one enum (the first of each is what an export writes); the enum's own name is accepted too.</summary>
public sealed class RosterWords<TEnum>
    where TEnum : struct, Enum
{
    private readonly IReadOnlyDictionary<TEnum, string[]> _words;
    private readonly Dictionary<string, TEnum> _values;

    public RosterWords(IReadOnlyDictionary<TEnum, string[]> words)
    {
        _words = words;
        _values = new Dictionary<string, TEnum>(StringComparer.OrdinalIgnoreCase);
        foreach (var (member, names) in words)
        {
            foreach (var name in names.Append(member.ToString()))
            {
                _values[name] = member;
            }
        }
    }

    /// <summary>The words a message offers, e.g. "正式党员 / 预备党员".</summary>
    public string Choices => string.Join(" / ", _words.Values.Select(names => names[0]));

    public bool TryParse(string text, out TEnum value) => _values.TryGetValue(text, out value);

    /// <summary>The word an export writes.</summary>
    public string Word(TEnum value) => _words[value][0];
}
