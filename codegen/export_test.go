package codegen

// FetchAdd is fetchAdd, for the tests of package codegen_test.
var FetchAdd = fetchAdd
