#pragma once
// Private: the JSON field list of every record part, written once and walked by both the
// reader and the writer, so a field cannot be serialized without also being parsed (or the
// other way round) and the key spelling lives in one place.
//
// A visitor V provides text, timestamp, date, number, integer, boolean, decimal, code,
// codeArray, textArray, uuid, hash, requiredText, requiredInteger, optionalObject, group and
// objects. S is the struct type, const for the writer.
#include "model/seizure.h"

namespace saisie::model::schema {

/// Who may supply a field in an input document (JsonMode::Input).
enum class Origin { User, System };

constexpr int kTextLimit = 4000;
constexpr int kNarrativeLimit = 20000;
constexpr int kListLimit = 500;

template <typename V, typename G> void visitGeoFix(V &v, G &g)
{
    v.number(u"lat", g.lat, -90.0, 90.0);
    v.number(u"lon", g.lon, -180.0, 180.0);
    v.number(u"accuracyM", g.accuracyM, 0.0, 1.0e7);
    v.code(u"source", g.source, u"position_source");
    v.timestamp(u"fixTime", g.fixTime);
    v.boolean(u"mock", g.mock);
    v.text(u"manualReason", g.manualReason);
}

template <typename V, typename R> void visitRoute(V &v, R &r)
{
    v.code(u"departureCountry", r.departureCountry, u"country");
    v.codeArray(u"transitCountries", r.transitCountries, u"country");
    v.code(u"destinationCountry", r.destinationCountry, u"country");
}

template <typename V, typename I> void visitItem(V &v, I &i)
{
    v.code(u"category", i.category, u"commodity_category");
    v.code(u"subtype", i.subtype, u"commodity_subtype");
    v.number(u"quantity", i.quantity, 0.0, 1.0e15);
    v.code(u"unit", i.unit, u"unit");
    v.text(u"description", i.description);
    v.text(u"hsCode", i.hsCode);
    v.text(u"hsEdition", i.hsEdition);
    v.integer(u"packagesCount", i.packagesCount, 0, 1000000000);
    v.text(u"packageType", i.packageType);
    v.decimal(u"estimatedValue", i.estimatedValue);
    v.code(u"currency", i.currency, u"currency");
    v.text(u"brand", i.brand);
    v.text(u"rightHolder", i.rightHolder);
    v.code(u"originCountry", i.originCountry, u"country");
    v.text(u"citesSpecies", i.citesSpecies);
    v.code(u"citesAppendix", i.citesAppendix, u"cites_appendix");
    v.text(u"weaponMake", i.weaponMake);
    v.text(u"weaponModel", i.weaponModel);
    v.text(u"weaponCalibre", i.weaponCalibre);
    v.text(u"weaponSerial", i.weaponSerial);
    v.decimal(u"cashAmount", i.cashAmount);
    v.code(u"cashCurrency", i.cashCurrency, u"currency");
}

template <typename V, typename C> void visitConveyance(V &v, C &c)
{
    v.code(u"type", c.type, u"conveyance_type");
    v.text(u"containerNumber", c.containerNumber);
    v.text(u"containerSizeType", c.containerSizeType);
    v.textArray(u"sealNumbers", c.sealNumbers);
    v.text(u"wagonNumber", c.wagonNumber);
    v.text(u"imo", c.imo);
    v.text(u"mmsi", c.mmsi);
    v.text(u"vesselName", c.vesselName);
    v.code(u"flag", c.flag, u"country");
    v.text(u"flightNumber", c.flightNumber);
    v.text(u"airline", c.airline);
    v.text(u"aircraftRegistration", c.aircraftRegistration);
    v.text(u"plate", c.plate);
    v.code(u"plateCountry", c.plateCountry, u"country");
    v.text(u"vin", c.vin);
    v.text(u"trainNumber", c.trainNumber);
    v.text(u"declarationNumber", c.declarationNumber);
    v.text(u"billOfLading", c.billOfLading);
    v.text(u"airWaybill", c.airWaybill);
    v.text(u"postalItemId", c.postalItemId);
}

template <typename V, typename P> void visitPerson(V &v, P &p)
{
    v.code(u"role", p.role, u"person_role");
    v.text(u"surname", p.surname);
    v.text(u"givenNames", p.givenNames);
    v.code(u"sex", p.sex, u"sex");
    v.date(u"birthDate", p.birthDate);
    v.text(u"birthPlace", p.birthPlace);
    v.code(u"nationality", p.nationality, u"icao_nationality");
    v.code(u"documentType", p.documentType, u"document_type");
    v.text(u"documentNumber", p.documentNumber);
    v.code(u"documentIssuingState", p.documentIssuingState, u"icao_nationality");
    v.date(u"documentExpiry", p.documentExpiry);
    v.text(u"mrz", p.mrz);
    v.text(u"mrzCheck", p.mrzCheck);
    v.boolean(u"arrested", p.arrested);
}

template <typename V, typename C> void visitCompany(V &v, C &c)
{
    v.text(u"name", c.name);
    v.code(u"role", c.role, u"company_role");
    v.text(u"registration", c.registration);
    v.text(u"tin", c.tin);
    v.code(u"country", c.country, u"country");
    v.text(u"address", c.address);
}

template <typename V, typename A> void visitAttachment(V &v, A &a)
{
    v.uuid(u"id", a.id, true);
    v.code(u"kind", a.kind, u"attachment_kind");
    v.requiredText(u"mimeType", a.mimeType);
    v.hash(u"sha256", a.sha256, true);
    v.requiredInteger(u"size", a.size, 0, qint64(1) << 53);
    v.timestamp(u"capturedAt", a.capturedAt);
    v.optionalObject(u"gps", a.gps, [](auto &cv, auto &g) { visitGeoFix(cv, g); });
    v.text(u"caption", a.caption);
    v.boolean(u"cenShareable", a.cenShareable);
}

/// Everything of the header except uuid, version, status and amends, which the reader and
/// writer handle themselves because their rules depend on the mode and on each other.
template <typename V, typename S> void visitSeizureBody(V &v, S &s)
{
    v.text(u"nationalCaseNumber", s.nationalCaseNumber);
    v.code(u"reportingCountry", s.reportingCountry, u"country");
    v.timestamp(u"occurredAt", s.occurredAt);
    v.text(u"placeName", s.placeName);
    v.text(u"customsOffice", s.customsOffice);
    v.text(u"unLocode", s.unLocode);
    v.code(u"locationType", s.locationType, u"location_type");
    v.optionalObject(u"gps", s.gps, [](auto &cv, auto &g) { visitGeoFix(cv, g); });
    v.code(u"direction", s.direction, u"direction");
    v.code(u"transportMode", s.transportMode, u"transport_mode");
    v.code(u"detectionMethod", s.detectionMethod, u"detection_method");
    v.code(u"customsProcedure", s.customsProcedure, u"customs_procedure");
    v.code(u"offenceType", s.offenceType, u"offence_type");
    v.code(u"concealmentMethod", s.concealmentMethod, u"concealment");
    v.text(u"concealmentText", s.concealmentText);
    v.group(u"route", s.route, [](auto &cv, auto &r) { visitRoute(cv, r); });
    v.text(u"narrative", s.narrative, kNarrativeLimit);
    v.text(u"officerId", s.officerId);
    v.text(u"unitId", s.unitId);
    v.text(u"deviceId", s.deviceId, kTextLimit, Origin::System);
    v.timestamp(u"createdAt", s.createdAt, Origin::System);
    v.timestamp(u"updatedAt", s.updatedAt, Origin::System);
    v.objects(u"items", s.items, [](auto &cv, auto &x) { visitItem(cv, x); });
    v.objects(u"conveyances", s.conveyances, [](auto &cv, auto &x) { visitConveyance(cv, x); });
    v.objects(u"persons", s.persons, [](auto &cv, auto &x) { visitPerson(cv, x); });
    v.objects(u"companies", s.companies, [](auto &cv, auto &x) { visitCompany(cv, x); });
    v.objects(
        u"attachments", s.attachments, [](auto &cv, auto &x) { visitAttachment(cv, x); }, Origin::System);
}

} // namespace saisie::model::schema
