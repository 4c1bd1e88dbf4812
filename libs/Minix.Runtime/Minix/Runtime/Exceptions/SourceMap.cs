namespace Minix.Runtime.Exceptions;

// The linker's source map (Minix.Build's SourceMapWriter): method names, file:line rows and type names by address,
// so that a program can name the frames of a stack trace and the type of an exception by itself.
internal static unsafe class SourceMap
{
    private const uint Magic = 0x4D53584D;
    private const int HeaderSize = 32;

    private static bool s_loaded;
    private static uint* s_methods;
    private static uint* s_lines;
    private static uint* s_types;
    private static byte* s_strings;
    private static int s_methodCount;
    private static int s_lineCount;
    private static int s_typeCount;
    private static uint* s_virtuals;
    private static int s_virtualCount;
    private static nint s_base;

    public static bool Available
    {
        get
        {
            Load();
            return s_methods != null;
        }
    }

    // The method containing `address` (a NUL-terminated UTF-8 name), or null.
    public static byte* MethodAt(nint address)
    {
        int row = Search(s_methods, 2, s_methodCount, address);
        return row < 0 ? null : s_strings + s_methods[row * 2 + 1];
    }

    // The file and line of `address` if a row of the method containing it covers it.
    public static bool LineAt(nint address, out byte* file, out int line)
    {
        file = null;
        line = 0;
        int row = Search(s_lines, 3, s_lineCount, address);
        if (row < 0 || s_lines[row * 3 + 2] == 0)
            return false;
        int method = Search(s_methods, 2, s_methodCount, address);
        if (method >= 0 && s_lines[row * 3] < s_methods[method * 2])
            return false;
        file = s_strings + s_lines[row * 3 + 1];
        line = (int)s_lines[row * 3 + 2];
        return true;
    }

    // The name of the type whose MethodTable is at `methodTable`, or null.
    public static byte* TypeNameOf(void* methodTable)
    {
        Load();
        if (s_types == null)
            return null;
        nint offset = (nint)methodTable - s_base;
        int lo = 0, hi = s_typeCount - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            uint at = s_types[mid * 2];
            if (at == (uint)offset)
                return s_strings + s_types[mid * 2 + 1];
            if (at < (uint)offset)
                lo = mid + 1;
            else
                hi = mid - 1;
        }

        return null;
    }

    // The linker's resolution of a generic virtual method (its handle) for a receiver type: the code, the dictionary
    // shared code takes, flags (1 shared, 2 no call possible) and, when no call is possible, why.
    public static bool FindGenericVirtual(nint handle, void* type, out nint code, out nint dictionary, out uint flags, out byte* problem)
    {
        Load();
        code = 0;
        dictionary = 0;
        flags = 0;
        problem = null;
        if (s_virtuals == null)
            return false;
        uint h = (uint)(handle - s_base), t = (uint)((nint)type - s_base);
        int lo = 0, hi = s_virtualCount - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            uint* row = s_virtuals + mid * 6;
            int order = row[0] != h ? (row[0] < h ? -1 : 1) : row[1] != t ? (row[1] < t ? -1 : 1) : 0;
            if (order == 0)
            {
                code = row[2] == 0 ? 0 : s_base + (nint)row[2];
                dictionary = row[3] == 0 ? 0 : s_base + (nint)row[3];
                flags = row[4];
                problem = row[5] == 0 ? null : s_strings + row[5];
                return true;
            }

            if (order < 0)
                lo = mid + 1;
            else
                hi = mid - 1;
        }

        return false;
    }

    // The last row (of `width` u32s, keyed by the first) at or before `address`.
    private static int Search(uint* rows, int width, int count, nint address)
    {
        Load();
        if (rows == null)
            return -1;
        nint offset = address - s_base;
        if (offset < 0 || offset > uint.MaxValue)
            return -1;
        int lo = 0, hi = count - 1, best = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            if (rows[mid * width] <= (uint)offset)
            {
                best = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return best;
    }

    private static void Load()
    {
        if (s_loaded)
            return;
        s_loaded = true;
        byte* map = PlatformImports.SourceMap();
        if (map == null || *(uint*)map != Magic)
            return;
        s_methodCount = *(int*)(map + 4);
        s_lineCount = *(int*)(map + 8);
        s_typeCount = *(int*)(map + 12);
        s_virtualCount = *(int*)(map + 20);
        s_base = *(nint*)(map + 24);
        s_methods = (uint*)(map + HeaderSize);
        s_lines = s_methods + s_methodCount * 2;
        s_types = s_lines + s_lineCount * 3;
        s_virtuals = s_types + s_typeCount * 2;
        s_strings = (byte*)(s_virtuals + s_virtualCount * 6);
    }
}
