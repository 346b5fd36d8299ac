#pragma once
// One binary, several test classes (one per protocol file), run by tst_protocol_main.cpp.
#include <QObject>

class TestStrictJson : public QObject
{
    Q_OBJECT
private slots:
    void accepts_data();
    void accepts();
    void refuses_data();
    void refuses();
    void depthLimit();
};

class TestEncoding : public QObject
{
    Q_OBJECT
private slots:
    void base64Strict_data();
    void base64Strict();
    void uuidAndHex();
    void enrolmentCodes();
    void canonicalRequestLayout();
    void retryableStatuses();
};

class TestSignedObject : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip();
    void refusals();
    void shapeChecks();
};
