namespace Minix.Build.Corpus;

// What the program corpus files reduce strings to: an FNV-1a hash, the same under .NET and in the image.
internal static class Text
{
    public static int Hash(string s)
    {
        if (s is null)
            return -1;
        uint hash = 2166136261;
        foreach (char c in s)
            hash = (hash ^ c) * 16777619;
        return (int)hash;
    }
}
