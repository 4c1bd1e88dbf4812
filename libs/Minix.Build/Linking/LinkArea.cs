namespace Minix.Build.Linking;

// The runs the linker lays out, in address order: text (RX), read-only data (R), data and zero fill (RW), a
// read-only trailer whose size moves nothing before it (a program's source map), and the image's end (zero-size
// markers, such as where a program's break starts).
internal enum LinkArea
{
    Text,
    ReadOnly,
    Data,
    Bss,
    Trailer,
    End,
}
