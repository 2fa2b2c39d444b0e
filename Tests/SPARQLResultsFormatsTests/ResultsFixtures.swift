// Fixtures copied from the W3C SPARQL 1.1 test suites (W3C Test Suite Licence),
// sparql11/csv-tsv-res, json-res, aggregates; embedded so tests need no external files.
enum ResultsFixtures {
    static let csvtsv01Tsv = #"""
    ?s	?p	?o
    <http://example.org/s1>	<http://example.org/p1>	<http://example.org/s2>
    <http://example.org/s2>	<http://example.org/p2>	"foo"
    <http://example.org/s3>	<http://example.org/p3>	"bar"
    <http://example.org/s4>	<http://example.org/p4>	4
    <http://example.org/s5>	<http://example.org/p5>	5.5
    <http://example.org/s6>	<http://example.org/p6>	_:b0
    """#
    static let csvtsv01Csv = #"""
    s,p,o
    http://example.org/s1,http://example.org/p1,http://example.org/s2
    http://example.org/s2,http://example.org/p2,foo
    http://example.org/s3,http://example.org/p3,bar
    http://example.org/s4,http://example.org/p4,4
    http://example.org/s5,http://example.org/p5,5.5
    http://example.org/s6,http://example.org/p6,_:a
    """#
    static let csvtsv02Tsv = #"""
    ?s	?p	?o	?p2	?o2
    <http://example.org/s1>	<http://example.org/p1>	<http://example.org/s2>	<http://example.org/p2>	"foo"
    <http://example.org/s2>	<http://example.org/p2>	"foo"		
    <http://example.org/s3>	<http://example.org/p3>	"bar"		
    <http://example.org/s4>	<http://example.org/p4>	4		
    <http://example.org/s5>	<http://example.org/p5>	5.5		
    <http://example.org/s6>	<http://example.org/p6>	_:b0		
    """#
    static let csvtsv02Csv = #"""
    s,p,o,p2,o2
    http://example.org/s1,http://example.org/p1,http://example.org/s2,http://example.org/p2,foo
    http://example.org/s2,http://example.org/p2,foo,,
    http://example.org/s3,http://example.org/p3,bar,,
    http://example.org/s4,http://example.org/p4,4,,
    http://example.org/s5,http://example.org/p5,5.5,,
    http://example.org/s6,http://example.org/p6,_:a,,
    """#
    static let csvtsv03Tsv = #"""
    ?s	?p	?o
    <http://example.org/s1>	<http://example.org/p1>	"1"
    <http://example.org/s2>	<http://example.org/p2>	2.2
    <http://example.org/s3>	<http://example.org/p3>	"-3"^^<http://www.w3.org/2001/XMLSchema#negativeInteger>
    <http://example.org/s4>	<http://example.org/p4>	"4,4"
    <http://example.org/s5>	<http://example.org/p5>	"5,5"^^<http://example.org/myCustomDatatype>
    <http://example.org/s6>	<http://example.org/p6>	1.0e6
    <http://example.org/s7>	<http://example.org/p7>	"a7"^^<http://www.w3.org/2001/XMLSchema#hexBinary>
    """#
    static let csvtsv03Csv = #"""
    s,p,o
    http://example.org/s1,http://example.org/p1,1
    http://example.org/s2,http://example.org/p2,2.2
    http://example.org/s3,http://example.org/p3,-3
    http://example.org/s4,http://example.org/p4,"4,4"
    http://example.org/s5,http://example.org/p5,"5,5"
    http://example.org/s6,http://example.org/p6,1.0E6
    http://example.org/s7,http://example.org/p7,a7
    """#
    static let jsonres01 = #"""
    {
      "head": {
        "vars": [ "s" , "p" , "o" ]
      } ,
      "results": {
        "bindings": [
          {
            "s": { "type": "uri" , "value": "http://example.org/s1" } ,
            "p": { "type": "uri" , "value": "http://example.org/p1" } ,
            "o": { "type": "uri" , "value": "http://example.org/s2" }
          } ,
          {
            "s": { "type": "uri" , "value": "http://example.org/s2" } ,
            "p": { "type": "uri" , "value": "http://example.org/p2" } ,
            "o": { "type": "literal" , "value": "foo" }
          } ,
          {
            "s": { "type": "uri" , "value": "http://example.org/s3" } ,
            "p": { "type": "uri" , "value": "http://example.org/p2" } ,
            "o": { "type": "literal" , "value": "bar" }
          } ,
          {
            "s": { "type": "uri" , "value": "http://example.org/s4" } ,
            "p": { "type": "uri" , "value": "http://example.org/p4" } ,
            "o": { "datatype": "http://www.w3.org/2001/XMLSchema#integer" , "type": "literal" , "value": "4" }
          } ,
          {
            "s": { "type": "uri" , "value": "http://example.org/s5" } ,
            "p": { "type": "uri" , "value": "http://example.org/p5" } ,
            "o": { "datatype": "http://www.w3.org/2001/XMLSchema#decimal" , "type": "literal" , "value": "5" }
          } ,
          {
            "s": { "type": "uri" , "value": "http://example.org/s6" } ,
            "p": { "type": "uri" , "value": "http://example.org/p6" } ,
            "o": { "type": "bnode" , "value": "b0" }
          }
        ]
      }
    }
    """#
    static let aggErr01 = #"""
    <?xml version="1.0"?>
    <sparql xmlns='http://www.w3.org/2005/sparql-results#'>
    <head>
    <variable name='g'/>
    <variable name='avg'/>
    <variable name='c'/>
    </head>
    <results>
    <result>
    <binding name='g'><uri>http://example.com/data/#x</uri></binding>
    <binding name='avg'><literal datatype='http://www.w3.org/2001/XMLSchema#decimal'>2.5</literal></binding>
    <binding name='c'><literal datatype='http://www.w3.org/2001/XMLSchema#decimal'>2.5</literal></binding>
    </result>
    <result>
    <binding name='g'><uri>http://example.com/data/#y</uri></binding>
    </result>
    <result>
    <binding name='g'><uri>http://example.com/data/#z</uri></binding>
    <binding name='avg'><literal datatype='http://www.w3.org/2001/XMLSchema#decimal'>2.5</literal></binding>
    <binding name='c'><literal datatype='http://www.w3.org/2001/XMLSchema#decimal'>2.5</literal></binding>
    </result>
    </results>
    </sparql>
    """#
}
