namespace Minix.Build.Linking;

// The four runs the linker lays out, in address order: text (RX), read-only data (R), data and zero fill (RW).
internal enum LinkArea
{
    Text,
    ReadOnly,
    Data,
    Bss,
}
