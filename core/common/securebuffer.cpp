#include "common/securebuffer.h"

#include <cstdlib>
#include <cstring>
#include <new>
#include <sodium.h>

namespace saisie {

void ensureSodium()
{
    static const bool ready = [] { return sodium_init() >= 0; }();
    if (!ready)
        std::abort();
}

SecureBuffer::SecureBuffer(std::size_t size) : m_size(size)
{
    ensureSodium();
    if (size == 0)
        return;
    m_data = static_cast<unsigned char *>(sodium_malloc(size));
    if (!m_data)
        throw std::bad_alloc();
    sodium_memzero(m_data, size);
}

SecureBuffer::~SecureBuffer() { wipe(); }

SecureBuffer::SecureBuffer(SecureBuffer &&other) noexcept : m_data(other.m_data), m_size(other.m_size)
{
    other.m_data = nullptr;
    other.m_size = 0;
}

SecureBuffer &SecureBuffer::operator=(SecureBuffer &&other) noexcept
{
    if (this != &other) {
        wipe();
        m_data = other.m_data;
        m_size = other.m_size;
        other.m_data = nullptr;
        other.m_size = 0;
    }
    return *this;
}

SecureBuffer SecureBuffer::random(std::size_t size)
{
    SecureBuffer buffer(size);
    if (size)
        randombytes_buf(buffer.data(), size);
    return buffer;
}

SecureBuffer SecureBuffer::copyOf(const unsigned char *data, std::size_t size)
{
    SecureBuffer buffer(size);
    if (size)
        std::memcpy(buffer.data(), data, size);
    return buffer;
}

void SecureBuffer::wipe()
{
    if (m_data)
        sodium_free(m_data); // zeroes before releasing the guarded pages
    m_data = nullptr;
    m_size = 0;
}

bool SecureBuffer::equals(const SecureBuffer &other) const
{
    return m_size == other.m_size && (m_size == 0 || sodium_memcmp(m_data, other.m_data, m_size) == 0);
}

} // namespace saisie
