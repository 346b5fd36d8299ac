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

bool PinBuffer::assign(const QString &text)
{
    clear();
    // Encode one character at a time straight into guarded memory: QString::toUtf8() would leave
    // a second, unguarded copy of the whole passphrase on the heap.
    QString normalized = text.normalized(QString::NormalizationForm_C);
    // When normalization made a new string, it is ours alone: zero it before it is freed.
    struct Wipe
    {
        QString &copy;
        bool own;
        ~Wipe()
        {
            if (own)
                sodium_memzero(copy.data(), std::size_t(copy.size()) * sizeof(QChar));
        }
    } wipe{normalized, normalized.constData() != text.constData()};
    int length = 0;
    for (qsizetype i = 0; i < normalized.size(); ++i) {
        char32_t c = normalized.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < normalized.size() && normalized.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(normalized.at(i).unicode(), normalized.at(i + 1).unicode());
            ++i;
        }
        if (QChar::category(c) == QChar::Other_Control || QChar::isSurrogate(c)) {
            clear();
            return false;
        }
        unsigned char bytes[4];
        int n = 0;
        if (c < 0x80) {
            bytes[n++] = static_cast<unsigned char>(c);
        } else if (c < 0x800) {
            bytes[n++] = static_cast<unsigned char>(0xC0 | (c >> 6));
            bytes[n++] = static_cast<unsigned char>(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            bytes[n++] = static_cast<unsigned char>(0xE0 | (c >> 12));
            bytes[n++] = static_cast<unsigned char>(0x80 | ((c >> 6) & 0x3F));
            bytes[n++] = static_cast<unsigned char>(0x80 | (c & 0x3F));
        } else {
            bytes[n++] = static_cast<unsigned char>(0xF0 | (c >> 18));
            bytes[n++] = static_cast<unsigned char>(0x80 | ((c >> 12) & 0x3F));
            bytes[n++] = static_cast<unsigned char>(0x80 | ((c >> 6) & 0x3F));
            bytes[n++] = static_cast<unsigned char>(0x80 | (c & 0x3F));
        }
        if (length + n > m_maxLength) {
            sodium_memzero(bytes, sizeof bytes);
            clear();
            return false;
        }
        std::copy(bytes, bytes + n, m_storage.data() + length);
        length += n;
        sodium_memzero(bytes, sizeof bytes);
    }
    setLength(length);
    return true;
}

void PinBuffer::backspace()
{
    int length = m_length;
    // Drop UTF-8 continuation bytes, then the lead byte: one character, never half of one.
    while (length > 0 && (m_storage.data()[length - 1] & 0xC0) == 0x80)
        m_storage.data()[--length] = 0;
    if (length > 0)
        m_storage.data()[--length] = 0;
    setLength(length);
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
