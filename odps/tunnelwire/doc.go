// Package tunnelwire reads and writes the record stream of MaxCompute's
// tunnel (the instance tunnel's "data" download): protobuf wire fields, one
// per non-NULL column (field number = column index + 1), each record closed
// by tag 33553408 and the CRC32C of its fields, the stream closed by tag
// 33554430 (the record count) and 33554431 (the CRC32C of the records'
// checksums). The encoding and the checksum follow the official SDKs
// (aliyun-odps-go-sdk's RecordProtocWriter/Reader):
//
//   - bigint, int, smallint, tinyint, datetime (epoch milliseconds) and date
//     (days since 1970-01-01) are zigzag varints (sint64);
//   - double and float are fixed64/fixed32 IEEE 754; boolean is a varint 0/1;
//   - string, varchar, char, json, binary and decimal (its decimal text) are
//     length-delimited;
//   - timestamp and timestamp_ntz are a zigzag seconds varint followed by a
//     zigzag nanoseconds varint;
//   - array is an element count, then per element a NULL flag (varint 0/1)
//     and, when not NULL, the element's value; map is the array of keys,
//     then the array of values; struct is per field a NULL flag and value.
//     Nested values carry no tags.
//
// The record checksum is CRC32C over, for every non-NULL field in order,
// its field number as a 4-byte little-endian int32 and its value: integers,
// datetime and date as 8-byte little-endian int64, double as 8 bytes, float
// as 4, boolean as 1 byte, text and binary as their bytes, timestamp as
// int64 seconds then int32 nanoseconds. The stream's checksum is CRC32C
// over each record checksum as a 4-byte little-endian uint32.
//
// Go values: integers are int64, double float64, float float32, boolean
// bool, string/varchar/char/json/decimal string, binary []byte, datetime,
// date and timestamp time.Time (decoded in UTC), array []any, map Map,
// struct []any (the fields in declared order), NULL nil.
package tunnelwire
