using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using Minix.Build.Pipeline;
using Minix.Ipc;
using Minix.Posix.Abi;

namespace Minix.Build.Tests;

/// <summary>
/// Minix.Runtime cannot reference Minix.Posix (it is the core library), so it carries copies of the program ABI's
/// numbers (PosixAbi) and of the stat layout (FileStatusBuffer); the linux-run host translates the open flags. These
/// tests read the copies out of the runtime assembly's metadata and compare them with the originals.
/// </summary>
public sealed class PosixAbiCopyTests
{
    private static readonly Dictionary<string, long> Copies = ReadConstants("Minix.Runtime.Posix", "PosixAbi");

    [Fact]
    public void OpenFlagsMatch()
    {
        Assert.Equal((long)OpenFlags.ReadOnly, Copies["OpenReadOnly"]);
        Assert.Equal((long)OpenFlags.WriteOnly, Copies["OpenWriteOnly"]);
        Assert.Equal((long)OpenFlags.ReadWrite, Copies["OpenReadWrite"]);
        Assert.Equal((long)OpenFlags.Append, Copies["OpenAppend"]);
        Assert.Equal((long)OpenFlags.Create, Copies["OpenCreate"]);
        Assert.Equal((long)OpenFlags.Truncate, Copies["OpenTruncate"]);
        Assert.Equal((long)OpenFlags.Exclusive, Copies["OpenExclusive"]);
        Assert.Equal((long)OpenFlags.Directory, Copies["OpenDirectory"]);
        Assert.Equal((long)OpenFlags.CloseOnExec, Copies["OpenCloseOnExec"]);
    }

    [Fact]
    public void ModeSeekAndDirectoryRecordValuesMatch()
    {
        Assert.Equal(FileModeBits.TypeMask, Copies["ModeTypeMask"]);
        Assert.Equal(FileModeBits.Directory, Copies["ModeDirectory"]);
        Assert.Equal(FileModeBits.Regular, Copies["ModeRegular"]);
        Assert.Equal((long)SeekFrom.Start, Copies["SeekStart"]);
        Assert.Equal((long)SeekFrom.Current, Copies["SeekCurrent"]);
        Assert.Equal((long)SeekFrom.End, Copies["SeekEnd"]);
        Assert.Equal(FileStatus.Size, Copies["FileStatusSize"]);
        Assert.Equal(DirectoryEntryLayout.LengthOffset, Copies["DirectoryEntryLengthOffset"]);
        Assert.Equal(DirectoryEntryLayout.TypeOffset, Copies["DirectoryEntryTypeOffset"]);
        Assert.Equal(DirectoryEntryLayout.NameOffset, Copies["DirectoryEntryNameOffset"]);
        Assert.Equal(DirectoryEntryLayout.TypeDirectory, Copies["DirectoryEntryDirectory"]);
        Assert.Equal(DirectoryEntryLayout.TypeRegular, Copies["DirectoryEntryRegular"]);
        Assert.Equal(DirectoryEntryLayout.TypeSymbolicLink, Copies["DirectoryEntrySymbolicLink"]);
        Assert.Equal(DirectoryEntryLayout.TypeUnknown, Copies["DirectoryEntryUnknown"]);
    }

    [Fact]
    public void ErrnoValuesAreMinixIpcStatus()
    {
        var expected = new (string Copy, Status Status)[]
        {
            ("PermissionDenied", Status.PermissionDenied), ("NotFound", Status.NotFound), ("Interrupted", Status.Interrupted),
            ("BadFileDescriptor", Status.BadFileDescriptor), ("AccessDenied", Status.AccessDenied), ("AlreadyExists", Status.AlreadyExists),
            ("NotDirectory", Status.NotDirectory), ("IsDirectory", Status.IsDirectory), ("InvalidArgument", Status.InvalidArgument),
            ("NoSpace", Status.NoSpace), ("IllegalSeek", Status.IllegalSeek), ("ReadOnlyFileSystem", Status.ReadOnlyFileSystem),
            ("OutOfRange", Status.OutOfRange), ("TryAgain", Status.TryAgain), ("NameTooLong", Status.NameTooLong),
            ("DirectoryNotEmpty", Status.DirectoryNotEmpty), ("NotImplemented", Status.NotImplemented),
        };
        foreach (var (copy, status) in expected)
            Assert.True((long)status == Copies[copy], $"{copy}: runtime {Copies[copy]}, Minix.Ipc.Status {(int)status}");
    }

    [Fact]
    public void StatLayoutMatchesFieldByField()
    {
        // The runtime's struct is sequential: each field's offset follows from the sizes before it.
        var fields = ReadFieldTypes("Minix.Runtime", "FileStatusBuffer");
        var expected = typeof(FileStatus).GetFields(BindingFlags.Public | BindingFlags.Instance)
            .Select(f => (Offset: (int)Marshal.OffsetOf<FileStatus>(f.Name), Size: Marshal.SizeOf(f.FieldType)))
            .OrderBy(f => f.Offset).ToList();
        Assert.Equal(expected.Count, fields.Count);
        int offset = 0;
        for (int i = 0; i < fields.Count; i++)
        {
            Assert.Equal(expected[i].Offset, offset);
            Assert.Equal(expected[i].Size, fields[i]);
            offset += fields[i];
        }

        Assert.Equal(FileStatus.Size, offset);
    }

    [Fact]
    public void TheHostTranslatesEveryOpenFlagButTheAccessMode()
    {
        var translated = RunHostSupport.OpenFlagMap.Select(m => m.Minix).ToHashSet();
        foreach (OpenFlags flag in Enum.GetValues<OpenFlags>())
        {
            if ((flag & OpenFlags.AccessMode) != 0 || flag == OpenFlags.ReadOnly)
                continue;
            Assert.Contains((int)flag, translated);
        }
    }

    private static MetadataReader Open(out PEReader pe)
    {
        pe = new PEReader(File.OpenRead(ProjectImageCompiler.RuntimeAssembly));
        return pe.GetMetadataReader();
    }

    private static TypeDefinition Find(MetadataReader reader, string ns, string name) =>
        reader.TypeDefinitions.Select(reader.GetTypeDefinition)
            .Single(t => reader.GetString(t.Namespace) == ns && reader.GetString(t.Name) == name);

    private static Dictionary<string, long> ReadConstants(string ns, string name)
    {
        var reader = Open(out var pe);
        using (pe)
        {
            var result = new Dictionary<string, long>();
            foreach (var handle in Find(reader, ns, name).GetFields())
            {
                var field = reader.GetFieldDefinition(handle);
                var constantHandle = field.GetDefaultValue();
                if (constantHandle.IsNil)
                    continue;
                var constant = reader.GetConstant(constantHandle);
                var blob = reader.GetBlobReader(constant.Value);
                long value = constant.TypeCode switch
                {
                    ConstantTypeCode.Int32 => blob.ReadInt32(),
                    ConstantTypeCode.Byte => blob.ReadByte(),
                    ConstantTypeCode.Int64 => blob.ReadInt64(),
                    _ => throw new InvalidOperationException($"unexpected constant type {constant.TypeCode}"),
                };
                result[reader.GetString(field.Name)] = value;
            }

            return result;
        }
    }

    // The sizes of a struct's instance fields, in declaration order (primitive field types only).
    private static List<int> ReadFieldTypes(string ns, string name)
    {
        var reader = Open(out var pe);
        using (pe)
        {
            var sizes = new List<int>();
            foreach (var handle in Find(reader, ns, name).GetFields())
            {
                var field = reader.GetFieldDefinition(handle);
                if ((field.Attributes & FieldAttributes.Static) != 0)
                    continue;
                var signature = reader.GetBlobReader(field.Signature);
                signature.ReadSignatureHeader();
                var code = signature.ReadSignatureTypeCode();
                sizes.Add(code switch
                {
                    SignatureTypeCode.Int32 or SignatureTypeCode.UInt32 => 4,
                    SignatureTypeCode.Int64 or SignatureTypeCode.UInt64 => 8,
                    _ => throw new InvalidOperationException($"unexpected field type {code}"),
                });
            }

            return sizes;
        }
    }
}
