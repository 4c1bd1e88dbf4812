namespace Minix.Build.Linking;

// The runs the linker lays out, in address order: text (RX), read-only data (R), data and zero fill (RW), and a
// read-only trailer whose size moves nothing before it (a program's source map).
internal enum LinkArea
{
    Text,
    ReadOnly,
    Data,
    Bss,
    Trailer,
}
