//! How the binary is linked: on x86-64 Linux, statically against glibc and at a fixed address
//! (`.cargo/config.toml`), so that a run starts without the dynamic loader or relocations.

/// The ELF header's type field and the types of the program headers of the file at `path`.
#[cfg(all(target_os = "linux", target_arch = "x86_64", target_env = "gnu"))]
fn elf_types(path: &str) -> (u16, Vec<u32>) {
    let bytes = std::fs::read(path).expect("the pyqa binary is readable");
    assert_eq!(&bytes[..4], b"\x7fELF", "{path} is an ELF file");
    let u16_at = |at: usize| u16::from_le_bytes([bytes[at], bytes[at + 1]]);
    let u32_at = |at: usize| u32::from_le_bytes(bytes[at..at + 4].try_into().unwrap());
    let u64_at = |at: usize| u64::from_le_bytes(bytes[at..at + 8].try_into().unwrap());
    let table = usize::try_from(u64_at(0x20)).unwrap();
    let (size, count) = (usize::from(u16_at(0x36)), usize::from(u16_at(0x38)));
    let types = (0..count).map(|i| u32_at(table + i * size)).collect();
    (u16_at(0x10), types)
}

#[test]
#[cfg(all(target_os = "linux", target_arch = "x86_64", target_env = "gnu"))]
fn the_linux_binary_needs_no_loader_and_no_relocation() {
    const EXECUTABLE: u16 = 2;
    const INTERPRETER: u32 = 3;
    const DYNAMIC: u32 = 2;
    let (kind, segments) = elf_types(env!("CARGO_BIN_EXE_pyqa"));
    assert_eq!(kind, EXECUTABLE, "a fixed-address executable, not a PIE");
    assert!(!segments.contains(&INTERPRETER), "no dynamic loader");
    assert!(!segments.contains(&DYNAMIC), "no dynamic section");
}
