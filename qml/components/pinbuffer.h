#pragma once
// The digits typed on a PIN pad, kept in guarded memory (sodium_malloc, zeroed on clear) instead
// of a QML string, which would linger in the JavaScript heap. QML sees only the length.
#include "common/securebuffer.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace saisie::gui {

class PinBuffer : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    /// Number of digits entered.
    Q_PROPERTY(int length READ length NOTIFY lengthChanged)
    /// Digits beyond this are refused.
    Q_PROPERTY(int maxLength READ maxLength WRITE setMaxLength NOTIFY maxLengthChanged)

public:
    static constexpr int kCapacity = 64;

    explicit PinBuffer(QObject *parent = nullptr);
    ~PinBuffer() override;

    int length() const { return m_length; }
    int maxLength() const { return m_maxLength; }
    void setMaxLength(int maxLength);

    /// Appends one digit 0..9; returns false when the digit is invalid or the buffer is full.
    Q_INVOKABLE bool appendDigit(int digit);
    /// Removes the last digit.
    Q_INVOKABLE void backspace();
    /// Zeroes and empties the buffer.
    Q_INVOKABLE void clear();

    /// A guarded copy of the digits (C++ only: never handed to QML).
    SecureBuffer copy() const;
    /// The digits, leaving the buffer empty.
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
