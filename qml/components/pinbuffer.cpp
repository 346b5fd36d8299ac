#include "pinbuffer.h"

#include <algorithm>
#include <sodium.h>

namespace saisie::gui {

PinBuffer::PinBuffer(QObject *parent) : QObject(parent), m_storage(kCapacity) {}

PinBuffer::~PinBuffer() = default; // SecureBuffer zeroes on destruction

void PinBuffer::setMaxLength(int maxLength)
{
    maxLength = std::clamp(maxLength, 1, kCapacity);
    if (maxLength == m_maxLength)
        return;
    m_maxLength = maxLength;
    if (m_length > m_maxLength) {
        sodium_memzero(m_storage.data() + m_maxLength, std::size_t(m_length - m_maxLength));
        setLength(m_maxLength);
    }
    Q_EMIT maxLengthChanged();
}

bool PinBuffer::appendDigit(int digit)
{
    if (digit < 0 || digit > 9 || m_length >= m_maxLength)
        return false;
    m_storage.data()[m_length] = static_cast<unsigned char>('0' + digit);
    setLength(m_length + 1);
    return true;
}

void PinBuffer::backspace()
{
    if (m_length == 0)
        return;
    m_storage.data()[m_length - 1] = 0;
    setLength(m_length - 1);
}

void PinBuffer::clear()
{
    sodium_memzero(m_storage.data(), m_storage.size());
    setLength(0);
}

SecureBuffer PinBuffer::copy() const
{
    return SecureBuffer::copyOf(m_storage.data(), std::size_t(m_length));
}

SecureBuffer PinBuffer::take()
{
    SecureBuffer digits = copy();
    clear();
    return digits;
}

void PinBuffer::setLength(int length)
{
    if (length == m_length)
        return;
    m_length = length;
    Q_EMIT lengthChanged();
}

} // namespace saisie::gui
