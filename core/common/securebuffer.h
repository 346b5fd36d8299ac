#pragma once
// Key material lives here: libsodium guarded pages (sodium_malloc: mlocked, guard pages, canary),
// zeroed when freed. Move-only so a key is never silently copied into ordinary heap memory.
#include <QByteArray>
#include <cstddef>

namespace saisie {

/// Initialises libsodium once; aborts the process if the library cannot start (no safe fallback).
void ensureSodium();

class SecureBuffer
{
public:
    SecureBuffer() = default;
    explicit SecureBuffer(std::size_t size);
    ~SecureBuffer();
    SecureBuffer(SecureBuffer &&other) noexcept;
    SecureBuffer &operator=(SecureBuffer &&other) noexcept;
    SecureBuffer(const SecureBuffer &) = delete;
    SecureBuffer &operator=(const SecureBuffer &) = delete;

    static SecureBuffer random(std::size_t size);
    static SecureBuffer copyOf(const unsigned char *data, std::size_t size);

    unsigned char *data() { return m_data; }
    const unsigned char *data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    /// Zeroes and frees now (lock); the buffer becomes empty.
    void wipe();
    /// Constant-time comparison.
    bool equals(const SecureBuffer &other) const;

private:
    unsigned char *m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace saisie
