#pragma once
// A PIN or passphrase as typed, kept in guarded memory (sodium_malloc, zeroed on clear) instead
// of a QML string, which would linger in the JavaScript heap. QML sees only the length. The pad
// appends digits one by one; a passphrase field hands its whole text over once (assign()) and
// is cleared right after, so the text exists outside this buffer only for that moment.
#include "common/securebuffer.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace saisie::gui {

class PinBuffer : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    /// Number of bytes held (digits for a PIN; UTF-8 bytes for a passphrase).
    Q_PROPERTY(int length READ length NOTIFY lengthChanged)
    /// Bytes beyond this are refused.
    Q_PROPERTY(int maxLength READ maxLength WRITE setMaxLength NOTIFY maxLengthChanged)

public:
    /// Room for the longest secret the vault accepts (256 bytes).
    static constexpr int kCapacity = 256;

    explicit PinBuffer(QObject *parent = nullptr);
    ~PinBuffer() override;

    int length() const { return m_length; }
    int maxLength() const { return m_maxLength; }
    void setMaxLength(int maxLength);

    /// Appends one digit 0..9; returns false when the digit is invalid or the buffer is full.
    Q_INVOKABLE bool appendDigit(int digit);
    /// Replaces the contents with `text` in UTF-8 (Unicode NFC, so the same passphrase typed on
    /// another keyboard gives the same bytes). Refuses, leaving the buffer empty, text longer than
    /// maxLength bytes or holding control characters. The caller must then clear its own copy.
    Q_INVOKABLE bool assign(const QString &text);
    /// Removes the last character (a whole UTF-8 sequence).
    Q_INVOKABLE void backspace();
    /// Zeroes and empties the buffer.
    Q_INVOKABLE void clear();

    /// A guarded copy of the contents (C++ only: never handed to QML).
    SecureBuffer copy() const;
    /// The contents, leaving the buffer empty.
    SecureBuffer take();

Q_SIGNALS:
    void lengthChanged();
    void maxLengthChanged();

private:
    void setLength(int length);
    SecureBuffer m_storage;
    int m_length = 0;
    int m_maxLength = 16;
};

} // namespace saisie::gui
