using System.Buffers.Binary;
using Iced.Intel;
using Minix.Build.Elf;
using Minix.Build.Pipeline;
using Minix.Build.Unwinding;

namespace Minix.Build.Linking;

// One link: collects sections and blobs, lays them out (re-assembling stubs until their sizes settle), applies
// relocations and builds segments and the symbol map. Every problem is collected before throwing.
internal sealed class LinkSession(LinkRequest request)
{
    private const int MaxLayoutPasses = 8;

    private readonly List<LinkError> _errors = new();
    private readonly List<LinkPiece> _pieces = new();
    private readonly Dictionary<(ElfObject, int), LinkPiece> _sectionLinkPieces = new();
    private readonly Dictionary<string, (ElfObject Object, ElfSymbol Symbol)> _globals = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LinkPiece> _blobLinkPieces = new(StringComparer.Ordinal);
    private readonly List<(ElfObject Object, FrameDescription Frame)> _frames = new();
    private LinkPiece? _unwindTable;

    public LinkedImage Run()
    {
        if (request.PageSize == 0 || (request.BaseAddress & (request.PageSize - 1)) != 0)
            Fail(new LinkError(LinkErrorKind.InvalidInput, $"base address 0x{request.BaseAddress:x} is not aligned to the page size {request.PageSize}"));
        CollectSections();
        CollectGlobals();
        SelectBlobs();
        ReserveUnwindTable();
        ThrowIfErrors();

        LayOut();
        ThrowIfErrors();
        foreach (var piece in _pieces.Where(p => p.Section is not null))
            Relocate(piece);
        FillUnwindTable();
        ThrowIfErrors();

        ulong entry = 0;
        if (!TryResolveGlobal(request.EntrySymbol, out entry))
            Fail(new LinkError(LinkErrorKind.MissingEntryPoint, $"entry symbol '{request.EntrySymbol}' is not defined by any object or blob", request.EntrySymbol));
        ThrowIfErrors();
        var placed = _sectionLinkPieces.Select(p => new PlacedSection(p.Key.Item1.Name, p.Key.Item2, p.Value.Section!.Name, p.Value.Address, p.Value.Size)).ToList();
        return new LinkedImage(BuildSegments(), entry, BuildMap(), placed);
    }

    private void CollectSections()
    {
        foreach (var obj in request.Objects)
        {
            foreach (var section in obj.Sections)
            {
                if (section is null || !section.IsAllocated || request.DroppedSections.Contains(section.Name))
                    continue;
                if (section.IsThreadLocal)
                    continue;
                bool write = (section.Flags & ElfSectionFlags.Write) != 0;
                bool exec = (section.Flags & ElfSectionFlags.Execute) != 0;
                var area = exec ? LinkArea.Text : !write ? LinkArea.ReadOnly : section.Type == ElfSection.NoBits ? LinkArea.Bss : LinkArea.Data;
                var piece = new LinkPiece
                {
                    Origin = $"{obj.Name}({section.Name})",
                    Area = area,
                    Alignment = section.Alignment,
                    Size = section.Size,
                    Object = obj,
                    Section = section,
                    Bytes = section.Type == ElfSection.NoBits ? Array.Empty<byte>() : (byte[])section.Data.Clone(),
                };
                _pieces.Add(piece);
                _sectionLinkPieces[(obj, section.Index)] = piece;
            }
        }
    }

    private void CollectGlobals()
    {
        foreach (var obj in request.Objects)
        {
            foreach (var symbol in obj.Symbols)
            {
                if (symbol.SectionIndex == ElfSymbol.CommonSection)
                    _errors.Add(new LinkError(LinkErrorKind.InvalidInput, $"{obj.Name}: common symbol '{symbol.Name}' is not supported", symbol.Name));
                if (symbol.Binding == ElfSymbolBinding.Local || symbol.IsUndefined)
                    continue;
                if (_globals.TryGetValue(symbol.Name, out var existing))
                {
                    if (symbol.Binding == ElfSymbolBinding.Weak)
                        continue;
                    if (existing.Symbol.Binding == ElfSymbolBinding.Weak)
                    {
                        _globals[symbol.Name] = (obj, symbol);
                        continue;
                    }

                    _errors.Add(new LinkError(LinkErrorKind.DuplicateSymbol, $"symbol '{symbol.Name}' is defined in both {existing.Object.Name} and {obj.Name}", symbol.Name));
                    continue;
                }

                _globals[symbol.Name] = (obj, symbol);
            }
        }
    }

    // Blobs are weak and demand-driven: placed when an object (or another placed blob) needs their symbol and
    // no object defines it, or when marked Keep.
    private void SelectBlobs()
    {
        var code = new Dictionary<string, CodeBlob>(StringComparer.Ordinal);
        var data = new Dictionary<string, DataBlob>(StringComparer.Ordinal);
        foreach (var blob in request.Code)
        {
            if (!code.TryAdd(blob.Symbol, blob) || data.ContainsKey(blob.Symbol))
                _errors.Add(new LinkError(LinkErrorKind.DuplicateSymbol, $"two blobs define '{blob.Symbol}'", blob.Symbol));
        }

        foreach (var blob in request.Data)
        {
            if (!data.TryAdd(blob.Symbol, blob) || code.ContainsKey(blob.Symbol))
                _errors.Add(new LinkError(LinkErrorKind.DuplicateSymbol, $"two blobs define '{blob.Symbol}'", blob.Symbol));
        }

        var wanted = new Queue<string>();
        foreach (var obj in request.Objects)
        {
            foreach (var symbol in obj.Symbols)
            {
                if (symbol.IsUndefined && symbol.Name.Length > 0)
                    wanted.Enqueue(symbol.Name);
            }
        }

        wanted.Enqueue(request.EntrySymbol);
        foreach (var blob in request.Code.Where(b => b.Keep))
            wanted.Enqueue(blob.Symbol);
        foreach (var blob in request.Data.Where(b => b.Keep))
            wanted.Enqueue(blob.Symbol);

        while (wanted.Count > 0)
        {
            string name = wanted.Dequeue();
            if (_globals.ContainsKey(name) || _blobLinkPieces.ContainsKey(name))
                continue;
            if (code.TryGetValue(name, out var codeBlob))
            {
                var piece = new LinkPiece { Origin = $"stub {name}", Area = LinkArea.Text, Alignment = (ulong)codeBlob.Alignment, Code = codeBlob };
                _blobLinkPieces[name] = piece;
                _pieces.Add(piece);
                var recorder = new RecordingSymbols();
                piece.Bytes = Assemble(codeBlob, 0x1000, recorder);
                piece.Size = (ulong)piece.Bytes.Length;
                foreach (var dependency in recorder.Names)
                    wanted.Enqueue(dependency);
            }
            else if (data.TryGetValue(name, out var dataBlob))
            {
                var area = dataBlob.MarksEnd ? LinkArea.End : dataBlob.Trailing ? LinkArea.Trailer : dataBlob.Contents is null && dataBlob.Writable ? LinkArea.Bss : dataBlob.Writable ? LinkArea.Data : LinkArea.ReadOnly;
                var piece = new LinkPiece { Origin = $"blob {name}", Area = area, Alignment = dataBlob.Alignment, Size = dataBlob.Size, Data = dataBlob };
                if (dataBlob.Contents is not null)
                {
                    if ((ulong)dataBlob.Contents.Length > dataBlob.Size)
                        _errors.Add(new LinkError(LinkErrorKind.InvalidInput, $"data blob '{name}' has {dataBlob.Contents.Length} bytes of contents but size {dataBlob.Size}", name));
                    piece.Bytes = new byte[dataBlob.Size];
                    dataBlob.Contents.CopyTo(piece.Bytes, 0);
                }

                _blobLinkPieces[name] = piece;
                _pieces.Add(piece);
            }
        }
    }

    // The table's size depends only on how many functions there are, so it is reserved before layout and filled
    // once every address is known.
    private void ReserveUnwindTable()
    {
        if (request.UnwindTableSymbol is not string symbol)
            return;
        foreach (var obj in request.Objects)
        {
            try
            {
                _frames.AddRange(EhFrameReader.Read(obj).Select(f => (obj, f)));
            }
            catch (ElfFormatException e)
            {
                _errors.Add(new LinkError(LinkErrorKind.InvalidInput, e.Message));
            }
        }

        int count = _frames.Count + _blobLinkPieces.Values.Count(p => p.Code is { UnwindsAsLeaf: true });
        _unwindTable = new LinkPiece
        {
            Origin = "unwind table",
            Area = LinkArea.ReadOnly,
            Alignment = 8,
            Size = (ulong)UnwindTableWriter.SizeOf(count),
            Data = new DataBlob(symbol, "unwind table: function ranges, LSDAs and frame rules", (ulong)UnwindTableWriter.SizeOf(count), Writable: false),
        };
        _unwindTable.Bytes = new byte[_unwindTable.Size];
        _blobLinkPieces[symbol] = _unwindTable;
        _pieces.Add(_unwindTable);
    }

    private void FillUnwindTable()
    {
        if (_unwindTable is null)
            return;
        var entries = new List<UnwindTableWriter.Entry>();
        foreach (var (obj, frame) in _frames)
        {
            var function = obj.Symbols[frame.FunctionSymbol];
            string Where() => $"{obj.Name} .eh_frame";
            if (!TryResolve(obj, function, Where, out ulong start))
                continue;
            start = unchecked(start + (ulong)frame.FunctionAddend);
            ulong lsda = 0;
            if (frame.LsdaSymbol >= 0 && TryResolve(obj, obj.Symbols[frame.LsdaSymbol], Where, out lsda))
                lsda = unchecked(lsda + (ulong)frame.LsdaAddend);
            string name = _sectionLinkPieces.TryGetValue((obj, function.SectionIndex), out LinkPiece? piece) && start >= piece.Address && start < piece.Address + piece.Size
                ? obj.SymbolAt(piece.Section!, start - piece.Address)?.Name ?? $"0x{start:x}" : $"0x{start:x}";
            entries.Add(new UnwindTableWriter.Entry(start, frame.Length, lsda, frame.PrologLength, frame.Rule, name));
        }

        foreach (var (name, piece) in _blobLinkPieces.Where(b => b.Value.Code is { UnwindsAsLeaf: true }))
            entries.Add(new UnwindTableWriter.Entry(piece.Address, (uint)piece.Size, 0, 0, FrameRule.Leaf, name));
        try
        {
            _unwindTable.Bytes = UnwindTableWriter.Write(entries, request.BaseAddress);
        }
        catch (ArgumentException e)
        {
            _errors.Add(new LinkError(LinkErrorKind.InvalidInput, "unwind table: " + e.Message));
        }
    }

    private void LayOut()
    {
        for (int pass = 0; pass < MaxLayoutPasses; pass++)
        {
            AssignAddresses();
            bool stable = true;
            foreach (var piece in _pieces.Where(p => p.Code is not null))
            {
                byte[] bytes = Assemble(piece.Code!, piece.Address, new ResolvedSymbols(this));
                if ((ulong)bytes.Length > piece.Size)
                {
                    stable = false;
                    piece.Size = (ulong)bytes.Length;
                }
                else if ((ulong)bytes.Length < piece.Size)
                {
                    // Never shrink: pad with int3 so the layout converges.
                    var padded = Enumerable.Repeat((byte)0xCC, (int)piece.Size).ToArray();
                    bytes.CopyTo(padded, 0);
                    bytes = padded;
                }

                piece.Bytes = bytes;
            }

            if (stable)
                return;
        }

        Fail(new LinkError(LinkErrorKind.AssemblyFailed, $"stub layout did not converge after {MaxLayoutPasses} passes"));
    }

    private void AssignAddresses()
    {
        ulong cursor = request.BaseAddress;
        foreach (var area in new[] { LinkArea.Text, LinkArea.ReadOnly, LinkArea.Data, LinkArea.Bss, LinkArea.Trailer, LinkArea.End })
        {
            if (area != LinkArea.Bss)
                cursor = AlignUp(cursor, request.PageSize);
            foreach (var piece in _pieces.Where(p => p.Area == area))
            {
                cursor = AlignUp(cursor, Math.Max(piece.Alignment, 1));
                piece.Address = cursor;
                cursor += piece.Size;
            }
        }
    }

    private byte[] Assemble(CodeBlob blob, ulong address, ILinkSymbols symbols)
    {
        try
        {
            var assembler = new Assembler(64);
            blob.Emit(assembler, symbols);
            using var stream = new MemoryStream();
            assembler.Assemble(new StreamCodeWriter(stream), address);
            return stream.ToArray();
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            _errors.Add(new LinkError(LinkErrorKind.AssemblyFailed, $"stub '{blob.Symbol}' ({blob.Description}) failed to assemble at 0x{address:x}: {e.Message}", blob.Symbol));
            return new byte[] { 0xCC };
        }
    }

    private void Relocate(LinkPiece piece)
    {
        var obj = piece.Object!;
        var section = piece.Section!;
        foreach (var relocation in section.Relocations)
        {
            var symbol = obj.Symbols[relocation.SymbolIndex];
            // Named only when an error needs it: finding the function of an offset is a symbol lookup per relocation.
            string Where() => $"{obj.Name} section {section.Name} offset 0x{relocation.Offset:x}{InFunction(obj, section, relocation.Offset)}";
            if (relocation.Kind is not (RelocationKind.Absolute64 or RelocationKind.PcRelative32 or RelocationKind.Plt32))
            {
                _errors.Add(new LinkError(LinkErrorKind.UnsupportedRelocation,
                    $"unsupported relocation {relocation.Kind.ElfName()} at {Where()} against symbol '{symbol.Name}' (supported: R_X86_64_64, R_X86_64_PC32, R_X86_64_PLT32)", symbol.Name));
                continue;
            }

            if (!TryResolve(obj, symbol, Where, out ulong target))
                continue;
            ulong place = piece.Address + relocation.Offset;
            int width = relocation.Kind == RelocationKind.Absolute64 ? 8 : 4;
            if (relocation.Offset + (ulong)width > piece.Size)
            {
                _errors.Add(new LinkError(LinkErrorKind.InvalidInput, $"relocation at {Where()} runs past the end of the section", symbol.Name));
                continue;
            }

            var field = piece.Bytes.AsSpan((int)relocation.Offset, width);
            if (width == 8)
            {
                BinaryPrimitives.WriteUInt64LittleEndian(field, unchecked(target + (ulong)relocation.Addend));
                continue;
            }

            long value = unchecked((long)(target + (ulong)relocation.Addend - place));
            if (value < int.MinValue || value > int.MaxValue)
            {
                _errors.Add(new LinkError(LinkErrorKind.RelocationOverflow,
                    $"{relocation.Kind.ElfName()} at {Where()} to '{symbol.Name}' (0x{target:x}) does not fit in 32 bits: the target is {value} bytes away", symbol.Name));
                continue;
            }

            BinaryPrimitives.WriteInt32LittleEndian(field, (int)value);
        }
    }

    private bool TryResolve(ElfObject obj, ElfSymbol symbol, Func<string> where, out ulong address)
    {
        address = 0;
        if (symbol.SectionIndex == ElfSymbol.AbsoluteSection)
        {
            address = symbol.Value;
            return true;
        }

        if (!symbol.IsUndefined)
        {
            if (_sectionLinkPieces.TryGetValue((obj, symbol.SectionIndex), out var piece))
            {
                address = piece.Address + (symbol.Type == ElfSymbolType.Section ? 0 : symbol.Value);
                return true;
            }

            string sectionName = obj.Sections[symbol.SectionIndex]?.Name ?? $"#{symbol.SectionIndex}";
            string hint = sectionName is ".tdata" or ".tbss" ? " ([ThreadStatic] fields are not supported in the image)" : "";
            _errors.Add(new LinkError(LinkErrorKind.DroppedSectionReferenced,
                $"{where()} refers to '{symbol.Name}' in section {sectionName}, which the link drops{hint}", symbol.Name));
            return false;
        }

        if (TryResolveGlobal(symbol.Name, out address))
            return true;
        if (!_errors.Any(e => e.Kind == LinkErrorKind.UndefinedSymbol && e.Symbol == symbol.Name))
        {
            HelperRule? helper = ImageRules.Helper(symbol.Name);
            string because = helper is null
                ? "no object, stub or target binding defines it"
                : (helper.KernelPlacement
                    ? $"it serves {helper.Feature}, which only a driver placed in the kernel may use (MinixKernelPlaced, or minix boot --kernel-placed)"
                    : $"it is the runtime helper for {helper.Feature}, and neither Minix.Runtime nor the target supplies it")
                  + (helper.Rule is string rule ? ImageRuleNote.Format(rule) : "");
            _errors.Add(new LinkError(LinkErrorKind.UndefinedSymbol, $"undefined symbol '{symbol.Name}' referenced at {where()}: {because}", symbol.Name));
        }

        return false;
    }

    private bool TryResolveGlobal(string name, out ulong address)
    {
        address = 0;
        if (_globals.TryGetValue(name, out var global))
        {
            if (global.Symbol.SectionIndex == ElfSymbol.AbsoluteSection)
            {
                address = global.Symbol.Value;
                return true;
            }

            if (_sectionLinkPieces.TryGetValue((global.Object, global.Symbol.SectionIndex), out var piece))
            {
                address = piece.Address + global.Symbol.Value;
                return true;
            }

            return false;
        }

        if (_blobLinkPieces.TryGetValue(name, out var blob))
        {
            address = blob.Address;
            return true;
        }

        return false;
    }

    private List<LoadSegment> BuildSegments()
    {
        var segments = new List<LoadSegment>();
        AddSegment(segments, "text", SegmentPermissions.Read | SegmentPermissions.Execute, LinkArea.Text);
        AddSegment(segments, "rodata", SegmentPermissions.Read, LinkArea.ReadOnly);
        AddSegment(segments, "data", SegmentPermissions.Read | SegmentPermissions.Write, LinkArea.Data, LinkArea.Bss);
        AddSegment(segments, "trailer", SegmentPermissions.Read, LinkArea.Trailer);
        return segments;
    }

    private void AddSegment(List<LoadSegment> segments, string name, SegmentPermissions permissions, params LinkArea[] areas)
    {
        var pieces = _pieces.Where(p => areas.Contains(p.Area) && p.Size > 0).OrderBy(p => p.Address).ToList();
        if (pieces.Count == 0)
            return;
        ulong start = pieces[0].Address & ~(request.PageSize - 1);
        ulong end = pieces.Max(p => p.Address + p.Size);
        ulong fileEnd = pieces.Where(p => p.Area != LinkArea.Bss).Select(p => p.Address + p.Size).DefaultIfEmpty(start).Max();
        var data = new byte[fileEnd - start];
        if (name == "text")
            data.AsSpan().Fill(0xCC);
        foreach (var piece in pieces.Where(p => p.Area != LinkArea.Bss))
            piece.Bytes.CopyTo(data, (long)(piece.Address - start));
        segments.Add(new LoadSegment(name, start, data, end - start, permissions));
    }

    private SymbolMap BuildMap()
    {
        var entries = new List<MapEntry>();
        foreach (var obj in request.Objects)
        {
            foreach (var symbol in obj.Symbols)
            {
                if (symbol.Name.Length == 0 || symbol.Type is ElfSymbolType.Section or ElfSymbolType.File || symbol.IsUndefined)
                    continue;
                if (!_sectionLinkPieces.TryGetValue((obj, symbol.SectionIndex), out var piece))
                    continue;
                var kind = piece.Area == LinkArea.Text ? SymbolKind.Function : SymbolKind.Data;
                entries.Add(new MapEntry(symbol.Name, piece.Address + symbol.Value, symbol.Size, kind, obj.Name));
            }
        }

        foreach (var (name, piece) in _blobLinkPieces)
            entries.Add(new MapEntry(name, piece.Address, piece.Size, piece.Code is null ? SymbolKind.Data : SymbolKind.Function, piece.Code?.Description ?? piece.Data!.Description));
        return new SymbolMap(entries);
    }

    private static string InFunction(ElfObject obj, ElfSection section, ulong offset)
    {
        var owner = obj.SymbolAt(section, offset);
        return owner is null ? "" : $" (in {owner.Name}+0x{offset - owner.Value:x})";
    }

    private static ulong AlignUp(ulong value, ulong alignment) => (value + alignment - 1) & ~(alignment - 1);

    private void Fail(LinkError error) => _errors.Add(error);

    private void ThrowIfErrors()
    {
        if (_errors.Count > 0)
            throw new LinkException(_errors.ToList());
    }

    private sealed class ResolvedSymbols(LinkSession session) : ILinkSymbols
    {
        public ulong AddressOf(string symbol)
        {
            if (session.TryResolveGlobal(symbol, out ulong address))
                return address;
            throw new InvalidOperationException($"symbol '{symbol}' is not defined by any object or blob");
        }
    }

    private sealed class RecordingSymbols : ILinkSymbols
    {
        public List<string> Names { get; } = new();

        public ulong AddressOf(string symbol)
        {
            Names.Add(symbol);
            return 0x1000;
        }
    }
}
